package io.cotrain.files.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import io.cotrain.files.FileKind;

/**
 * Tells a file's kind from its content: the magic bytes of PDF, PNG, JPEG, GIF and WebP, the main part of an Office
 * Open XML package (see {@link OfficePackages}), else text — valid UTF-8 (a BOM is fine) without NUL, which is
 * {@code .csv} or {@code .txt} as the name says. Anything else (a program, an old .doc, a zip) is no accepted kind.
 */
final class ContentSniffer {

	private static final byte[] PDF = ascii("%PDF-");
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
	private static final byte[] GIF87 = ascii("GIF87a");
	private static final byte[] GIF89 = ascii("GIF89a");
	private static final byte[] RIFF = ascii("RIFF");
	private static final byte[] WEBP = ascii("WEBP");
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private ContentSniffer() {
	}

	/**
	 * @param claimed the kind the name claims, which only decides between the two text kinds
	 * @return the kind of the content, or empty when it is none of the accepted kinds
	 */
	static Optional<FileKind> kindOf(UploadBuffer content, FileKind claimed) {
		byte[] head = content.head(16);
		if (startsWith(head, PDF)) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(head, PNG)) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(head, JPEG)) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
			return Optional.of(FileKind.GIF);
		}
		if (startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
			return Optional.of(FileKind.WEBP);
		}
		if (startsWith(head, ZIP)) {
			return OfficePackages.kindOf(content);
		}
		if (isUtf8Text(content)) {
			return Optional.of(claimed == FileKind.CSV ? FileKind.CSV : FileKind.TXT);
		}
		return Optional.empty();
	}

	/** Valid UTF-8 without NUL (binary files have NULs; GBK text is not valid UTF-8), decoded as a stream. */
	static boolean isUtf8Text(UploadBuffer content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] buffer = new char[8192];
		try (Reader reader = new InputStreamReader(content.stream(), decoder)) {
			int read;
			while ((read = reader.read(buffer)) >= 0) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == 0) {
						return false;
					}
				}
			}
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
