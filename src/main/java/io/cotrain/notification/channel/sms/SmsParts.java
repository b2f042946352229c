package io.cotrain.notification.channel.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a text for SMPP and splits it into the parts of a concatenated SMS. Text that the GSM 03.38 default
 * alphabet holds goes as unpacked septets with data_coding 0 (160 per message, 153 per part; an extension
 * character such as {@code €} costs two); anything else goes as UCS-2 (UTF-16BE) with data_coding 8 (70 per
 * message, 67 per part). A part never ends inside an escape sequence or a surrogate pair, so every part decodes on
 * its own.
 *
 * @param dataCoding the SMPP data_coding byte
 * @param parts the payloads without user data header; one element when the text fits one message
 */
record SmsParts(byte dataCoding, List<byte[]> parts) {

	static final byte GSM_DEFAULT = 0x00;
	static final byte UCS2 = 0x08;
	/** A concatenated message is at most 255 parts (the UDH's one-byte count). */
	static final int MAX_PARTS = 255;

	private static final int GSM_SINGLE = 160;
	private static final int GSM_PART = 153;
	private static final int UCS2_SINGLE = 140;
	private static final int UCS2_PART = 134;

	/** @throws IllegalArgumentException when the text is empty or needs more than {@link #MAX_PARTS} parts */
	static SmsParts of(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("empty text");
		}
		List<byte[]> units = Gsm7.units(text);
		if (units != null) {
			return new SmsParts(GSM_DEFAULT, pack(units, GSM_SINGLE, GSM_PART));
		}
		List<byte[]> ucs2 = new ArrayList<>();
		text.codePoints().forEach(cp -> ucs2.add(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_16BE)));
		return new SmsParts(UCS2, pack(ucs2, UCS2_SINGLE, UCS2_PART));
	}

	/** Fills parts with whole units: all in one when they fit {@code single} bytes, else {@code perPart} at most. */
	private static List<byte[]> pack(List<byte[]> units, int single, int perPart) {
		int total = units.stream().mapToInt(u -> u.length).sum();
		int limit = total <= single ? single : perPart;
		List<byte[]> parts = new ArrayList<>();
		ByteBuf current = new ByteBuf(limit);
		for (byte[] unit : units) {
			if (current.size + unit.length > limit) {
				parts.add(current.bytes());
				current = new ByteBuf(limit);
			}
			current.add(unit);
		}
		parts.add(current.bytes());
		if (parts.size() > MAX_PARTS) {
			throw new IllegalArgumentException("text needs " + parts.size() + " parts, at most " + MAX_PARTS + " are possible");
		}
		return parts;
	}

	/** The part with the concatenation header {@code 05 00 03 ref total seq} in front ({@code seq} from 1). */
	static byte[] withUdh(byte[] part, int reference, int total, int seq) {
		byte[] message = new byte[part.length + 6];
		message[0] = 0x05;
		message[1] = 0x00;
		message[2] = 0x03;
		message[3] = (byte) reference;
		message[4] = (byte) total;
		message[5] = (byte) seq;
		System.arraycopy(part, 0, message, 6, part.length);
		return message;
	}

	private static final class ByteBuf {
		private final byte[] buffer;
		private int size;

		ByteBuf(int capacity) {
			buffer = new byte[capacity];
		}

		void add(byte[] unit) {
			System.arraycopy(unit, 0, buffer, size, unit.length);
			size += unit.length;
		}

		byte[] bytes() {
			return java.util.Arrays.copyOf(buffer, size);
		}
	}
}
