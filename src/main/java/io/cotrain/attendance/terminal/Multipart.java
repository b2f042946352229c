package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code multipart/form-data} body (already read and size-checked by {@link DeviceGate}) into its parts by name.
 * Enough for a terminal's event post: a JSON part and an optional picture; no nesting, no files on disk.
 */
final class Multipart {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private Multipart() {
	}

	/** The parts by name, or an empty map when the content type names no boundary. */
	static Map<String, byte[]> parts(String contentType, byte[] body) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		Matcher b = contentType == null ? null : BOUNDARY.matcher(contentType);
		if (b == null || !b.find()) {
			return parts;
		}
		byte[] delimiter = ("--" + b.group(1).strip()).getBytes(StandardCharsets.ISO_8859_1);
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			int start = at + delimiter.length;
			if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
				break;
			}
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
			int next = indexOf(body, delimiter, start);
			if (headersEnd < 0 || next < 0 || headersEnd > next) {
				break;
			}
			String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
			int end = next - 2 >= headersEnd + 4 && body[next - 2] == '\r' ? next - 2 : next;
			Matcher name = NAME.matcher(headers);
			if (name.find()) {
				byte[] content = new byte[Math.max(0, end - headersEnd - 4)];
				System.arraycopy(body, headersEnd + 4, content, 0, content.length);
				parts.putIfAbsent(name.group(1), content);
			}
			at = next;
		}
		return parts;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
