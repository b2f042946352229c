package io.cotrain.spreadsheet.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.cells.Decimals;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A preview as JSON: values are written as text (decimals exactly, dates as ISO dates) and typed again with
 * the schema on the way back, so a stored preview reads back equal to the one saved.
 */
final class PreviewCodec {

	private final JsonMapper json;

	PreviewCodec(JsonMapper json) {
		this.json = json;
	}

	String write(ImportPreview preview) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("fileName", preview.fileName());
		doc.put("headers", preview.headers());
		List<Object> rows = new ArrayList<>(preview.rows().size());
		for (SheetRow row : preview.rows()) {
			Map<String, String> values = new LinkedHashMap<>();
			row.values().forEach((k, v) -> values.put(k, v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
			rows.add(List.of(row.number(), values));
		}
		doc.put("rows", rows);
		doc.put("errors", preview.errors().stream().map(e -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("row", e.rowNumber());
			error.put("column", e.columnKey());
			error.put("header", e.header());
			error.put("code", e.messageCode());
			error.put("args", e.args());
			return error;
		}).toList());
		return json.writeValueAsString(doc);
	}

	@SuppressWarnings("unchecked")
	ImportPreview read(String text, SpreadsheetSchema schema) {
		Map<String, Object> doc = json.readValue(text, new TypeReference<Map<String, Object>>() {
		});
		List<SheetRow> rows = new ArrayList<>();
		for (Object item : (List<Object>) doc.get("rows")) {
			List<Object> pair = (List<Object>) item;
			Map<String, Object> values = new LinkedHashMap<>();
			((Map<String, String>) pair.get(1)).forEach((k, v) -> values.put(k, typed(schema.require(k), v)));
			rows.add(new SheetRow(((Number) pair.get(0)).intValue(), values));
		}
		List<RowError> errors = new ArrayList<>();
		for (Object item : (List<Object>) doc.get("errors")) {
			Map<String, Object> e = (Map<String, Object>) item;
			errors.add(new RowError(((Number) e.get("row")).intValue(), (String) e.get("column"), (String) e.get("header"),
					(String) e.get("code"), (List<String>) e.get("args")));
		}
		return new ImportPreview(schema.name(), (String) doc.get("fileName"), (Map<String, String>) doc.get("headers"), rows, errors);
	}

	private static Object typed(Column column, String text) {
		return switch (column.type()) {
			case TEXT, ENUM -> text;
			case INTEGER -> Long.valueOf(text);
			case DECIMAL, PERCENT -> Decimals.normal(new BigDecimal(text));
			case DATE -> LocalDate.parse(text);
			case BOOLEAN -> Boolean.valueOf(text);
			case QUANTITY -> Quantity.parse(text);
			case MONTH -> java.time.YearMonth.parse(text);
		};
	}
}
