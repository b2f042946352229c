package io.cotrain.spreadsheet.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or — when the bytes are no valid
 * UTF-8 — GB18030, the superset of GBK and GB2312 that Chinese Excel saves "CSV" in.
 */
final class TextDecoding {

	static final Charset GB18030 = Charset.forName("GB18030");

	private TextDecoding() {
	}

	static String decode(byte[] bytes) {
		if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (starts(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (starts(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		try {
			return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return strict(bytes, 0, GB18030);
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("spreadsheet.file.encoding");
		}
	}

	private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean starts(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
