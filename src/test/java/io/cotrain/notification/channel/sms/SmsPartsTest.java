package io.cotrain.notification.channel.sms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmsPartsTest {

	@Test
	void gsmTextUpTo160CharactersIsOneMessage() {
		SmsParts parts = SmsParts.of("a".repeat(160));

		assertThat(parts.dataCoding()).isEqualTo(SmsParts.GSM_DEFAULT);
		assertThat(parts.parts()).hasSize(1);
	}

	@Test
	void gsmTextOf161CharactersIsTwoPartsOf153AndTheRest() {
		SmsParts parts = SmsParts.of("a".repeat(161));

		assertThat(parts.parts()).extracting(p -> p.length).containsExactly(153, 8);
	}

	@Test
	void extensionCharactersCountTwiceAndAreNeverSplit() {
		assertThat(SmsParts.of("€".repeat(80)).parts()).hasSize(1);
		SmsParts parts = SmsParts.of("€".repeat(81));

		assertThat(parts.parts()).extracting(p -> p.length).containsExactly(152, 10);
		assertThat(Gsm7.decode(parts.parts().get(0)) + Gsm7.decode(parts.parts().get(1))).isEqualTo("€".repeat(81));
	}

	@Test
	void oneCharacterOutsideTheGsmAlphabetMakesTheWholeTextUcs2() {
		SmsParts parts = SmsParts.of("Meeting at 9 – room 2");

		assertThat(parts.dataCoding()).isEqualTo(SmsParts.UCS2);
		assertThat(new String(parts.parts().get(0), StandardCharsets.UTF_16BE)).isEqualTo("Meeting at 9 – room 2");
	}

	@Test
	void ucs2UpTo70CharactersIsOneMessageThen67PerPart() {
		assertThat(SmsParts.of("培".repeat(70)).parts()).hasSize(1);
		assertThat(SmsParts.of("培".repeat(71)).parts()).extracting(p -> p.length / 2).containsExactly(67, 4);
	}

	@Test
	void emptyAndOverlongTextsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmsParts.of(""));
		assertThatIllegalArgumentException().isThrownBy(() -> SmsParts.of("培".repeat(67 * 255 + 1)));
		assertThat(SmsParts.of("培".repeat(67 * 255)).parts()).hasSize(255);
	}

	@Test
	void theUdhCarriesReferenceTotalAndSequence() {
		assertThat(SmsParts.withUdh(new byte[] { 9 }, 200, 3, 2)).containsExactly(5, 0, 3, (byte) 200, 3, 2, 9);
	}

	/** Random texts of GSM, Chinese and emoji: parts fit their limit, decode on their own and join to the text. */
	@ParameterizedTest
	@MethodSource("randomTexts")
	void everyPartDecodesOnItsOwnAndThePartsJoinToTheText(String text) {
		SmsParts parts = SmsParts.of(text);
		int limit = parts.parts().size() == 1 ? (parts.dataCoding() == SmsParts.UCS2 ? 140 : 160) : (parts.dataCoding() == SmsParts.UCS2 ? 134 : 153);
		StringBuilder joined = new StringBuilder();
		for (byte[] part : parts.parts()) {
			assertThat(part.length).isLessThanOrEqualTo(limit);
			String decoded = parts.dataCoding() == SmsParts.UCS2 ? new String(part, StandardCharsets.UTF_16BE) : Gsm7.decode(part);
			assertThat(Character.isLowSurrogate(decoded.charAt(0))).isFalse();
			assertThat(Character.isHighSurrogate(decoded.charAt(decoded.length() - 1))).isFalse();
			joined.append(decoded);
		}
		assertThat(joined.toString()).isEqualTo(text);
	}

	static Stream<String> randomTexts() {
		Random random = new Random(4711);
		List<String> pieces = List.of("a", "Z", "9", " ", "€", "{", "@", "\n", "é", "培", "训", "👍", "😀", "。");
		return IntStream.range(0, 200).mapToObj(i -> {
			boolean gsmOnly = i % 2 == 0;
			int length = 1 + random.nextInt(400);
			StringBuilder text = new StringBuilder();
			for (int c = 0; c < length; c++) {
				text.append(pieces.get(random.nextInt(gsmOnly ? 9 : pieces.size())));
			}
			return text.toString();
		});
	}
}
