package io.cotrain.spreadsheet;

import java.util.Objects;

/**
 * An import as the UI offers it (see {@link ImportPages}): its pages live under {@code base}
 * ({@code base/import}, {@code base/import/template}, {@code base/import/apply}, "back" leads to {@code base}).
 *
 * @param base the list page the import belongs to, e.g. {@code /employees}
 * @param titleKey the message key of the page title
 * @param rulesKey the message key of the rules shown under the upload form, or null
 * @param doneKey the message key of the result, with the created, updated and unchanged counts as arguments
 * @param templateFileKey the message key of the template's file name (without extension), or null for
 *        {@code <schema name>-template}
 * @param resultTemplate a template with a fragment {@code result} showing more of the result (variable
 *        {@code result}), or null
 * @param back where "back" leads (default {@code base})
 * @param exportLinks whether the upload page offers the current data as {@code base/export?format=xlsx|csv}
 * @param definition the schema, checks and work
 */
public record ImportPage<R extends ImportOutcome>(String base, String titleKey, String rulesKey, String doneKey,
		String templateFileKey, String resultTemplate, String back, boolean exportLinks, SpreadsheetImport<R> definition) {

	public ImportPage {
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(definition, "definition");
		doneKey = doneKey == null ? "spreadsheet.import.done" : doneKey;
		back = back == null ? base : back;
	}

	/** An import page with the generic result message, no rules and "back" to {@code base}. */
	public static <R extends ImportOutcome> ImportPage<R> of(String base, String titleKey, SpreadsheetImport<R> definition) {
		return new ImportPage<>(base, titleKey, null, null, null, null, null, false, definition);
	}

	public ImportPage<R> rules(String key) {
		return new ImportPage<>(base, titleKey, key, doneKey, templateFileKey, resultTemplate, back, exportLinks, definition);
	}

	public ImportPage<R> done(String key) {
		return new ImportPage<>(base, titleKey, rulesKey, key, templateFileKey, resultTemplate, back, exportLinks, definition);
	}

	public ImportPage<R> templateFile(String key) {
		return new ImportPage<>(base, titleKey, rulesKey, doneKey, key, resultTemplate, back, exportLinks, definition);
	}

	public ImportPage<R> result(String template) {
		return new ImportPage<>(base, titleKey, rulesKey, doneKey, templateFileKey, template, back, exportLinks, definition);
	}

	public ImportPage<R> back(String url) {
		return new ImportPage<>(base, titleKey, rulesKey, doneKey, templateFileKey, resultTemplate, url, exportLinks, definition);
	}

	public ImportPage<R> withExportLinks() {
		return new ImportPage<>(base, titleKey, rulesKey, doneKey, templateFileKey, resultTemplate, back, true, definition);
	}
}
