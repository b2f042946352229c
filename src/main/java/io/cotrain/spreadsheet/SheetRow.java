package io.cotrain.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of a file with its typed values (see {@link ColumnType} for the Java types). A value that is
 * blank or could not be read is absent; the reason is in the preview's errors.
 *
 * @param number the row number as the spreadsheet shows it (the header is usually row 1)
 * @param values the values by column key, without nulls
 */
public record SheetRow(int number, Map<String, Object> values) {

	public SheetRow {
		Map<String, Object> present = new LinkedHashMap<>();
		values.forEach((k, v) -> {
			if (v != null) {
				present.put(k, v);
			}
		});
		values = java.util.Collections.unmodifiableMap(present);
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	public Object get(String key) {
		return values.get(key);
	}

	public String text(String key) {
		return (String) values.get(key);
	}

	public Long integer(String key) {
		return (Long) values.get(key);
	}

	/** The value of a DECIMAL or PERCENT column (a percentage as a fraction: 8% is 0.08). */
	public BigDecimal decimal(String key) {
		return (BigDecimal) values.get(key);
	}

	public LocalDate date(String key) {
		return (LocalDate) values.get(key);
	}

	public Boolean bool(String key) {
		return (Boolean) values.get(key);
	}

	public java.time.YearMonth month(String key) {
		return (java.time.YearMonth) values.get(key);
	}

	/** The value of a QUANTITY column. */
	public Quantity quantity(String key) {
		return (Quantity) values.get(key);
	}

	/** The value (not the label) of the choice of an ENUM column. */
	public String choice(String key) {
		return (String) values.get(key);
	}
}
