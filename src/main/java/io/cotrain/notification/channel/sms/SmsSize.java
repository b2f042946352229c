package io.cotrain.notification.channel.sms;

/**
 * How a text will go out as SMS, by the rules of {@link SmsParts}: the encoding, its length in the encoding's units
 * (GSM septets, an extension character such as {@code €} counting two; or UTF-16 code units) and the number of parts
 * a phone reassembles. For the template editor's preview.
 *
 * @param unicode true when the text needs UCS-2 (anything outside the GSM 03.38 alphabet, e.g. Chinese)
 * @param units the length in septets (GSM) or UTF-16 code units (UCS-2)
 * @param parts the messages it is split into; 0 for an empty text
 * @param tooLong more parts than a concatenated SMS can have ({@value SmsParts#MAX_PARTS})
 */
public record SmsSize(boolean unicode, int units, int parts, boolean tooLong) {

	/** Units of one single message in the text's encoding (160 GSM, 70 UCS-2). */
	public int singleLimit() {
		return unicode ? 70 : 160;
	}

	/** Units per part of a concatenated message (153 GSM, 67 UCS-2). */
	public int partLimit() {
		return unicode ? 67 : 153;
	}

	public static SmsSize of(String text) {
		if (text == null || text.isEmpty()) {
			return new SmsSize(false, 0, 0, false);
		}
		boolean unicode = Gsm7.units(text) == null;
		try {
			SmsParts parts = SmsParts.of(text);
			int bytes = parts.parts().stream().mapToInt(p -> p.length).sum();
			return new SmsSize(unicode, unicode ? bytes / 2 : bytes, parts.parts().size(), false);
		}
		catch (IllegalArgumentException e) {
			int units = unicode ? text.length() : Gsm7.units(text).stream().mapToInt(u -> u.length).sum();
			return new SmsSize(unicode, units, SmsParts.MAX_PARTS + 1, true);
		}
	}
}
