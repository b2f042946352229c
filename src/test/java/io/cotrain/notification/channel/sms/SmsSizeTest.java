package io.cotrain.notification.channel.sms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template editor's SMS length: the encoding, units and parts the gateway will send. */
class SmsSizeTest {

	@ParameterizedTest(name = "{0} × \"{1}\" → {2} units, {3} parts, unicode {4}")
	@CsvSource({
			"160, a, 160, 1, false",
			"161, a, 161, 2, false",
			"306, a, 306, 2, false",
			"307, a, 307, 3, false",
			"80, €, 160, 1, false",
			"81, €, 162, 2, false",
			"70, 培, 70, 1, true",
			"71, 培, 71, 2, true",
			"134, 培, 134, 2, true",
			"135, 培, 135, 3, true" })
	void countsUnitsAndPartsAsTheGatewaySplitsThem(int times, String character, int units, int parts, boolean unicode) {
		SmsSize size = SmsSize.of(character.repeat(times));

		assertThat(size.units()).isEqualTo(units);
		assertThat(size.parts()).isEqualTo(parts);
		assertThat(size.unicode()).isEqualTo(unicode);
		assertThat(size.tooLong()).isFalse();
		assertThat(size.parts()).isEqualTo(SmsParts.of(character.repeat(times)).parts().size());
	}

	@Test
	void oneChineseCharacterMakesTheWholeTextUcs2() {
		SmsSize size = SmsSize.of("Training at 9:00 培训");

		assertThat(size.unicode()).isTrue();
		assertThat(size.singleLimit()).isEqualTo(70);
		assertThat(size.partLimit()).isEqualTo(67);
		assertThat(size.units()).isEqualTo(19);
	}

	@Test
	void anEmptyTextIsNoMessageAndAHugeOneIsTooLong() {
		assertThat(SmsSize.of("")).isEqualTo(new SmsSize(false, 0, 0, false));
		SmsSize huge = SmsSize.of("培".repeat(67 * 255 + 1));
		assertThat(huge.tooLong()).isTrue();
		assertThat(huge.units()).isEqualTo(67 * 255 + 1);
		assertThat(SmsSize.of("培".repeat(67 * 255)).tooLong()).isFalse();
	}
}
