package io.cotrain.employee.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises what people type as a phone number to E.164 ({@code +8613800000000}). A number without a country
 * is read as a national number of the region's phone country: its trunk prefix {@code 0} is dropped and the
 * country's calling code put in front. {@code 00} and {@code +} start an international number. Separators
 * (spaces, dashes, dots, brackets) are ignored; anything else makes the number invalid, as does a national
 * number of the wrong length.
 * <p>
 * Deliberately small (for CN and VN the shape of mobile and landline numbers, elsewhere lengths): enough to store
 * one form of each number and to reject typos. The countries CoTrain's customers run sites in are listed; others are accepted in the
 * {@code +} form with the E.164 length limits.
 */
final class PhoneNumbers {

	/** Calling code, whether the national trunk prefix is {@code 0}, and the national significant number's shape. */
	private record Plan(String callingCode, boolean trunkZero, Pattern significant) {

		static Plan lengths(String callingCode, boolean trunkZero, int min, int max) {
			return new Plan(callingCode, trunkZero, Pattern.compile("[1-9]\\d{" + (min - 1) + "," + (max - 1) + "}"));
		}
	}

	private static final Map<String, Plan> PLANS = Map.ofEntries(
			// mobiles 1[3-9] + 9 digits; Beijing 10 + 8; other area codes 2–4 digits + 7–8
			Map.entry("CN", new Plan("86", true, Pattern.compile("1[3-9]\\d{9}|10\\d{8}|[2-9]\\d{8,10}"))),
			// mobiles [35789] + 8 digits; landlines 2x + 8
			Map.entry("VN", new Plan("84", true, Pattern.compile("[35789]\\d{8}|2\\d{9}"))),
			Map.entry("HK", Plan.lengths("852", false, 8, 8)),
			Map.entry("MO", Plan.lengths("853", false, 8, 8)),
			Map.entry("TW", Plan.lengths("886", true, 8, 9)),
			Map.entry("SG", Plan.lengths("65", false, 8, 8)),
			Map.entry("MY", Plan.lengths("60", true, 8, 10)),
			Map.entry("TH", Plan.lengths("66", true, 8, 9)),
			Map.entry("ID", Plan.lengths("62", true, 8, 12)),
			Map.entry("PH", Plan.lengths("63", true, 8, 10)),
			Map.entry("JP", Plan.lengths("81", true, 9, 10)),
			Map.entry("KR", Plan.lengths("82", true, 8, 10)),
			Map.entry("IN", Plan.lengths("91", true, 10, 10)),
			Map.entry("US", Plan.lengths("1", false, 10, 10)),
			Map.entry("CA", Plan.lengths("1", false, 10, 10)),
			Map.entry("GB", Plan.lengths("44", true, 9, 10)),
			Map.entry("DE", Plan.lengths("49", true, 6, 13)),
			Map.entry("FR", Plan.lengths("33", true, 9, 9)));

	/** E.164: at most 15 digits after the plus, the first not 0. */
	private static final int E164_MIN = 8;
	private static final int E164_MAX = 15;

	private PhoneNumbers() {
	}

	/**
	 * @param raw what was typed; blank means "no phone"
	 * @param defaultCountry ISO 3166 code of the region's phone country, for numbers typed without one
	 * @return the number in E.164, or empty for a blank input
	 * @throws IllegalArgumentException when the input is not a phone number
	 */
	static Optional<String> normalise(String raw, String defaultCountry) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String compact = compact(raw.strip());
		if (compact.startsWith("+")) {
			return Optional.of(international(compact.substring(1)));
		}
		if (compact.startsWith("00")) {
			return Optional.of(international(compact.substring(2)));
		}
		return Optional.of(national(compact, defaultCountry));
	}

	/** Whether a value is already in E.164 form (what {@link #normalise} returns). */
	static boolean isE164(String value) {
		return value != null && value.matches("\\+[1-9]\\d{" + (E164_MIN - 1) + "," + (E164_MAX - 1) + "}");
	}

	private static String compact(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '+' && i == 0 || c >= '0' && c <= '9') {
				out.append(c);
			}
			else if (c == '＋' && i == 0) {
				out.append('+'); // full-width plus from a Chinese input method
			}
			else if (c >= '０' && c <= '９') {
				out.append((char) ('0' + (c - '０')));
			}
			else if (" -.()（）\u3000".indexOf(c) < 0) {
				throw new IllegalArgumentException("not a phone number: " + raw);
			}
		}
		return out.toString();
	}

	/**
	 * Digits after + or 00. For a listed country the national part must have one of its lengths; a trunk 0 kept by
	 * mistake (+86 0138…) is dropped. Calling codes may share a start (+1 of US and CA; 852 and 85x): any fitting
	 * plan will do.
	 */
	private static String international(String digits) {
		if (digits.isEmpty() || digits.charAt(0) == '0' || digits.length() < E164_MIN || digits.length() > E164_MAX) {
			throw new IllegalArgumentException("not an international number");
		}
		List<Plan> candidates = PLANS.values().stream().filter(p -> digits.startsWith(p.callingCode())).toList();
		if (candidates.isEmpty()) {
			return "+" + digits;
		}
		for (Plan plan : candidates) {
			String rest = digits.substring(plan.callingCode().length());
			if (fits(rest, plan)) {
				return "+" + digits;
			}
		}
		for (Plan plan : candidates) {
			String rest = digits.substring(plan.callingCode().length());
			if (plan.trunkZero() && rest.startsWith("0") && fits(rest.substring(1), plan)) {
				return "+" + plan.callingCode() + rest.substring(1);
			}
		}
		throw new IllegalArgumentException("wrong length for its country");
	}

	private static String national(String digits, String defaultCountry) {
		Plan plan = defaultCountry == null ? null : PLANS.get(defaultCountry.toUpperCase(Locale.ROOT));
		if (plan == null) {
			throw new IllegalArgumentException("no country for a national number");
		}
		String number = plan.trunkZero() && digits.startsWith("0") ? digits.substring(1) : digits;
		if (fits(number, plan)) {
			return "+" + plan.callingCode() + number;
		}
		// the calling code typed without + or 00 (8613800000000)
		if (digits.startsWith(plan.callingCode())) {
			String rest = digits.substring(plan.callingCode().length());
			if (fits(rest, plan)) {
				return "+" + plan.callingCode() + rest;
			}
		}
		throw new IllegalArgumentException("wrong length for a national number of " + defaultCountry);
	}

	private static boolean fits(String nationalNumber, Plan plan) {
		return plan.significant().matcher(nationalNumber).matches();
	}
}
