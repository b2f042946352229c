package io.cotrain.spreadsheet.write;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.cells.Decimals;

/**
 * A caller's value in the form its column writes: Long, BigDecimal (percent as a fraction), LocalDate, or text
 * (text, choice labels, yes/no). A value of the wrong kind is a programming error.
 */
final class ExportValues {

	private ExportValues() {
	}

	static Object of(Column column, Object value, Labels labels) {
		if (value == null) {
			return null;
		}
		return switch (column.type()) {
			case TEXT -> value instanceof BigDecimal d ? Decimals.plain(d) : value.toString();
			case INTEGER -> integer(column, value);
			case DECIMAL, PERCENT -> decimal(column, value);
			case DATE -> date(column, value);
			case QUANTITY -> value instanceof Quantity q ? q : Quantity.of(decimal(column, value));
			case MONTH -> value instanceof YearMonth m ? m : YearMonth.from(date(column, value));
			case BOOLEAN -> labels.bool(cast(column, value, Boolean.class));
			case ENUM -> {
				String key = value instanceof Enum<?> e ? e.name() : value.toString();
				yield column.choices().stream().filter(c -> c.value().equals(key)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException(column.key() + ": no choice " + key))
					.label(labels.locale());
			}
		};
	}

	/** A value as CSV text: numbers plain, percentages as "8%", dates as yyyy-MM-dd. */
	static String text(Column column, Object exported) {
		if (exported instanceof BigDecimal d) {
			return switch (column.type()) {
				case PERCENT -> Decimals.plain(d.movePointRight(2)) + "%";
				default -> Decimals.plain(d);
			};
		}
		return exported.toString();
	}

	private static Long integer(Column column, Object value) {
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger || value instanceof BigDecimal) {
			return new BigDecimal(value.toString()).longValueExact();
		}
		throw wrong(column, value);
	}

	private static BigDecimal decimal(Column column, Object value) {
		if (value instanceof BigDecimal d) {
			return Decimals.normal(d);
		}
		if (value instanceof Double || value instanceof Float) {
			return Decimals.normal(new BigDecimal(value.toString()));
		}
		if (value instanceof Number n) {
			return Decimals.normal(new BigDecimal(n.toString()));
		}
		throw wrong(column, value);
	}

	private static LocalDate date(Column column, Object value) {
		if (value instanceof LocalDateTime t) {
			return t.toLocalDate();
		}
		return cast(column, value, LocalDate.class);
	}

	private static <T> T cast(Column column, Object value, Class<T> type) {
		if (!type.isInstance(value)) {
			throw wrong(column, value);
		}
		return type.cast(value);
	}

	private static IllegalArgumentException wrong(Column column, Object value) {
		return new IllegalArgumentException(column.key() + " (" + column.type() + ") cannot be written from " + value.getClass().getName());
	}
}
