package io.cotrain.employee.staff;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Phone numbers as people type them become E.164, with the region's country as the default. */
class PhoneNumbersTest {

	@ParameterizedTest(name = "{0} in {1} → {2}")
	@CsvSource(delimiter = '|', value = {
			// Chinese mobiles and landlines, national and international
			"13800138000         | CN | +8613800138000",
			"138 0013 8000       | CN | +8613800138000",
			"138-0013-8000       | CN | +8613800138000",
			"+86 138 0013 8000   | CN | +8613800138000",
			"0086 13800138000    | CN | +8613800138000",
			"8613800138000       | CN | +8613800138000",
			"+86 (0)138 0013 8000| CN | +8613800138000",
			"(010) 6552 9988     | CN | +861065529988",
			"0571-87654321       | CN | +8657187654321",
			"＋８６ １３８００１３８０００ | CN | +8613800138000",
			// Vietnamese numbers: the trunk 0 goes
			"0901 234 567        | VN | +84901234567",
			"090.123.4567        | VN | +84901234567",
			"028 3822 1234       | VN | +842838221234",
			"+84 90 123 4567     | VN | +84901234567",
			"84901234567         | VN | +84901234567",
			// another country's number typed in full wins over the region's default
			"+84 901 234 567     | CN | +84901234567",
			"+86 13800138000     | VN | +8613800138000",
			"+852 9123 4567      | CN | +85291234567",
			"+1 (415) 555-0100   | CN | +14155550100",
			"+44 20 7946 0958    | VN | +442079460958",
			"+49 30 123456       | CN | +4930123456",
			"+7 495 123 4567     | CN | +74951234567" })
	void normalisesToE164(String raw, String country, String expected) {
		assertThat(PhoneNumbers.normalise(raw, country)).contains(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void blankMeansNoPhone(String raw) {
		assertThat(PhoneNumbers.normalise(raw, "CN")).isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1} is refused")
	@CsvSource(delimiter = '|', value = {
			"1380013800          | CN", // a digit short
			"138001380001        | CN", // a digit too many
			"12345               | CN",
			"0901 234            | VN",
			"+86 138             | CN",
			"+0 123456789        | CN",
			"+1234567890123456   | CN", // more than 15 digits
			"+86 1380013800012   | CN", // known country, wrong length
			"138-0013-800a       | CN",
			"call me             | CN",
			"13800138000 ext 12  | CN",
			"+86+13800138000     | CN",
			"13800138000         | XX", // a national number needs a known country
			"13800138000         |   " })
	void refusesWhatIsNoPhoneNumber(String raw, String country) {
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumbers.normalise(raw, country));
	}

	/** Random Chinese and Vietnamese numbers in random typing styles: always E.164, the same whatever the style. */
	@ParameterizedTest
	@MethodSource("randomNumbers")
	void anyTypingOfANumberGivesTheSameE164(String national, String country, long seed) {
		Random random = new Random(seed);
		String expected = PhoneNumbers.normalise(national, country).orElseThrow();
		assertThat(PhoneNumbers.isE164(expected)).as(expected).isTrue();
		String callingCode = country.equals("CN") ? "86" : "84";
		String significant = country.equals("VN") ? national.substring(1) : national;
		assertThat(expected).isEqualTo("+" + callingCode + significant);
		for (int i = 0; i < 20; i++) {
			String typed = restyle(random.nextInt(3) == 0 ? "+" + callingCode + significant
					: random.nextBoolean() ? "00" + callingCode + significant : national, random);
			assertThat(PhoneNumbers.normalise(typed, country)).as(typed).contains(expected);
			// normalising is idempotent, whatever the default country
			assertThat(PhoneNumbers.normalise(expected, random.nextBoolean() ? "CN" : "VN")).contains(expected);
		}
	}

	static Stream<Arguments> randomNumbers() {
		Random random = new Random(3_0086_0084L);
		return IntStream.range(0, 200).mapToObj(i -> {
			long seed = random.nextLong();
			if (random.nextBoolean()) {
				return Arguments.of("1" + (3 + random.nextInt(7)) + digits(random, 9), "CN", seed);
			}
			return Arguments.of("0" + "35789".charAt(random.nextInt(5)) + digits(random, 8), "VN", seed);
		});
	}

	private static String digits(Random random, int n) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.append(random.nextInt(10));
		}
		return out.toString();
	}

	/** Inserts spaces, dashes and dots between digits, as people do. */
	private static String restyle(String number, Random random) {
		StringBuilder out = new StringBuilder();
		String[] separators = { "", "", " ", "-", "." };
		for (int i = 0; i < number.length(); i++) {
			out.append(number.charAt(i));
			if (i > 0 && i < number.length() - 1 && random.nextInt(4) == 0) {
				out.append(separators[random.nextInt(separators.length)]);
			}
		}
		return out.toString();
	}
}
