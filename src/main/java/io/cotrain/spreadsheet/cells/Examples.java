package io.cotrain.spreadsheet.cells;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetSchema;

/**
 * The example row of a template, and its recognition: a row that is exactly the example (in either language)
 * was left in by mistake and is refused rather than imported as a fake record.
 */
public final class Examples {

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private Examples() {
	}

	/** A column's example as a typed value (the column's own example, or one by type). */
	public static Object value(Column column, Locale locale) {
		Object given = column.example();
		if (given == null) {
			return byType(column, locale);
		}
		if (given instanceof String text) {
			Outcome outcome = ValueParser.parse(column, RawCell.text(text), locale);
			if (outcome.failed() || outcome.value() == null) {
				throw new IllegalArgumentException("example '" + text + "' does not fit column " + column.key());
			}
			return outcome.value();
		}
		if (given instanceof Integer || given instanceof Long) {
			return ((Number) given).longValue();
		}
		if (given instanceof BigDecimal decimal) {
			return Decimals.normal(decimal);
		}
		return given;
	}

	/** The example rows of a schema's templates (one per language), to compare read rows' values with. */
	public static List<Map<String, Object>> rows(SpreadsheetSchema schema) {
		return LANGUAGES.stream().map(locale -> {
			Map<String, Object> values = new HashMap<>();
			schema.columns().forEach(c -> values.put(c.key(), value(c, locale)));
			return values;
		}).toList();
	}

	public static boolean isExampleRow(List<Map<String, Object>> examples, SheetRow row) {
		return examples.stream().anyMatch(example -> example.equals(row.values()));
	}

	private static Object byType(Column column, Locale locale) {
		return switch (column.type()) {
			case TEXT -> {
				String text = "zh".equals(locale.getLanguage()) ? "示例" : "Example";
				yield column.maxLength() > 0 && column.maxLength() < text.length() ? text.substring(0, column.maxLength()) : text;
			}
			case INTEGER -> 1L;
			case DECIMAL -> new BigDecimal("12.5");
			case PERCENT -> new BigDecimal("0.08");
			case DATE -> LocalDate.of(2025, 1, 31);
			case BOOLEAN -> Boolean.TRUE;
			case ENUM -> column.choices().get(0).value();
			case QUANTITY -> Quantity.of(new BigDecimal("12.5"));
			case MONTH -> java.time.YearMonth.of(2025, 1);
		};
	}
}
