package io.cotrain.spreadsheet.cells;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal values in one form, so equal numbers are equal objects. */
public final class Decimals {

	/** Excel keeps 15 significant digits; more in a cell are binary noise (0.1 + 0.2 = 0.30000000000000004). */
	private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

	private Decimals() {
	}

	/** Without trailing zeros and never with a negative scale: 12.50 → 12.5, 1E+2 → 100. */
	public static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** A number cell's value as Excel shows it at most: 15 significant digits. */
	public static BigDecimal excel(BigDecimal value) {
		return normal(value.round(EXCEL));
	}

	public static String plain(BigDecimal value) {
		return normal(value).toPlainString();
	}
}
