package io.cotrain.files.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the name a client sent into a safe display name. The name is only ever shown and sent back in a
 * Content-Disposition header (the store never writes files to disk), so rather than refusing odd names it keeps
 * what a person would recognise: the last segment of a path (old browsers send {@code C:\Users\…\报告.pdf}), without
 * control characters and invisible format characters (a right-to-left override could show {@code exe.pdf} for
 * {@code fdp.exe}), with the characters Windows forbids in file names as {@code _}, white space collapsed, at most
 * {@link #MAX_LENGTH} characters with the extension kept, in Unicode NFC.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	/** The safe display name, or empty when nothing of the name is left. */
	static Optional<String> displayName(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
		StringBuilder safe = new StringBuilder();
		Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(c -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				safe.append(' ');
			}
			else if ("<>:\"|?*".indexOf(c) >= 0) {
				safe.append('_');
			}
			else if (visible(c)) {
				safe.appendCodePoint(c);
			}
		});
		String collapsed = safe.toString().replaceAll(" {2,}", " ").strip().replaceAll("[. ]+$", "");
		if (collapsed.isEmpty() || collapsed.chars().allMatch(c -> c == '.')) {
			return Optional.empty();
		}
		return Optional.of(shorten(collapsed));
	}

	/** The extension in lower case without the dot, or empty. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean visible(int c) {
		int type = Character.getType(c);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
				&& type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		int keep = MAX_LENGTH - extension.length();
		String base = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
		return base + extension;
	}
}
