package io.cotrain.notification.channel.sms;

import java.util.ArrayList;
import java.util.List;

/** The GSM 03.38 default alphabet and its extension table (unpacked: one septet per byte). */
final class Gsm7 {

	static final byte ESCAPE = 0x1B;

	/** Index = septet; 0x1B (escape) is never a character. */
	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u0000ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
	private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
	private static final byte[] EXTENSION_CODES = { 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65 };

	static {
		if (BASIC.length() != 128) {
			throw new IllegalStateException("GSM table has " + BASIC.length() + " entries");
		}
	}

	private Gsm7() {
	}

	/** The septets of each character (one, or two for an extension character), or null when one is not in the alphabet. */
	static List<byte[]> units(String text) {
		List<byte[]> units = new ArrayList<>(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int basic = c == 0 ? -1 : BASIC.indexOf(c);
			if (basic >= 0) {
				units.add(new byte[] { (byte) basic });
				continue;
			}
			int extension = EXTENSION_CHARS.indexOf(c);
			if (extension < 0) {
				return null;
			}
			units.add(new byte[] { ESCAPE, EXTENSION_CODES[extension] });
		}
		return units;
	}

	/** The text of unpacked septets (the inverse of {@link #units}). */
	static String decode(byte[] septets) {
		StringBuilder text = new StringBuilder(septets.length);
		for (int i = 0; i < septets.length; i++) {
			if (septets[i] == ESCAPE && i + 1 < septets.length) {
				byte code = septets[++i];
				for (int e = 0; e < EXTENSION_CODES.length; e++) {
					if (EXTENSION_CODES[e] == code) {
						text.append(EXTENSION_CHARS.charAt(e));
					}
				}
			}
			else {
				text.append(BASIC.charAt(septets[i] & 0x7F));
			}
		}
		return text.toString();
	}
}
