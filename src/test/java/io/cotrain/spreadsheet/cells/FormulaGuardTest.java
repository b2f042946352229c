package io.cotrain.spreadsheet.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1", "+1", "-1", "@x", " =1", "  +1", "\u00A0-1", "\u3000@x", "\t", "\tx", "\r", "\rx", " \tx",
			"＝1", "＋1", "－1", "＠x", "'=1", "''+1" })
	void neutralisesWhatASpreadsheetCouldRun(String text) {
		assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "王芳", "1+1", "a=b", "e@x", "'", "'a", "'' b", " a", "100%" })
	void leavesHarmlessTextAlone(String text) {
		assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
		assertThat(FormulaGuard.restore(text)).isEqualTo(text);
	}

	static Stream<Long> seeds() {
		return IntStream.range(0, 200).mapToObj(i -> 7919L * i + 13);
	}

	/** Property: restore undoes neutralise for every text, and neutralised text never starts a formula. */
	@ParameterizedTest
	@MethodSource("seeds")
	void restoreUndoesNeutraliseForAnyText(long seed) {
		Random random = new Random(seed);
		String alphabet = "'=+-@ \t\r\n\u3000＝a1王";
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(6); i >= 0; i--) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		String original = text.toString();
		String written = FormulaGuard.neutralise(original);
		assertThat(FormulaGuard.restore(written)).isEqualTo(original);
		String visible = Texts.trim(written);
		assertThat(visible.isEmpty() || "=+-@＝＋－＠".indexOf(visible.charAt(0)) < 0).as(written).isTrue();
		assertThat(written.startsWith("\t") || written.startsWith("\r")).isFalse();
	}
}
