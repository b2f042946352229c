package io.cotrain.spreadsheet;

import java.math.BigDecimal;
import java.util.Objects;

import io.cotrain.spreadsheet.cells.Decimals;

/**
 * The value of a {@link ColumnType#QUANTITY} column: a number as written, and whether it was marked as a percentage
 * ({@code 15%} or a percent-formatted cell showing 15 %, both {@code Quantity(15, true)}). The owning module decides
 * what a mark means for its data, e.g. that a KPI measured in percent needs one.
 *
 * @param number the number as written, in percent points when {@code percent} (15 for 15 %), without trailing zeros
 * @param percent whether the value was written or formatted as a percentage
 */
public record Quantity(BigDecimal number, boolean percent) {

	public Quantity {
		Objects.requireNonNull(number, "number");
		number = Decimals.normal(number);
	}

	public static Quantity of(BigDecimal number) {
		return new Quantity(number, false);
	}

	/** @param points percent points: 15 for 15 % */
	public static Quantity percent(BigDecimal points) {
		return new Quantity(points, true);
	}

	/** Reads {@link #toString()} back. */
	public static Quantity parse(String text) {
		return text.endsWith("%") ? percent(new BigDecimal(text.substring(0, text.length() - 1))) : of(new BigDecimal(text));
	}

	/** {@code 15%} or {@code 15}: the number in plain notation, with a percent sign when marked. */
	@Override
	public String toString() {
		return number.toPlainString() + (percent ? "%" : "");
	}
}
