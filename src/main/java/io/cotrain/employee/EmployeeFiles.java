package io.cotrain.employee;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import io.cotrain.employee.EmployeeRegistry.LoginCreated;
import io.cotrain.spreadsheet.ImportOutcome;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;

/**
 * Employees in and out of Excel/CSV files, in the caller's scope (a region admin imports and exports only
 * employees of its regions). The import is keyed by employee number: new numbers are hired, known ones changed
 * only where a value differs (so importing the same file twice, or an export, changes nothing).
 */
public interface EmployeeFiles {

	/** The columns of employee files (the same for import, export and template). */
	SpreadsheetSchema schema();

	/** The import as {@link io.cotrain.spreadsheet.FileImports} and {@link io.cotrain.spreadsheet.ImportPages} run it. */
	SpreadsheetImport<ImportResult> definition();

	/** Reads and checks a file against the data and stores the preview (also one with errors) for one hour. */
	Previewed preview(SpreadsheetFile file);

	/**
	 * Applies a stored preview all or nothing.
	 *
	 * @throws io.cotrain.shared.RuleViolationException when the token is unknown, expired or the preview has errors,
	 *         or when a row is refused now (nothing is applied then)
	 */
	ImportResult apply(PreviewToken token);

	/** Forgets a stored preview. */
	void discard(PreviewToken token);

	/** The visible employees matching the query (its page and size are ignored), in the import's columns. */
	void export(EmployeeQuery query, SpreadsheetFormat format, Locale locale, OutputStream out);

	void template(Locale locale, OutputStream out);

	record Previewed(ImportPreview preview, PreviewToken token) {
	}

	/** @param logins the logins created, with their one-time passwords (shown once) */
	record ImportResult(int created, int updated, int unchanged, List<LoginCreated> logins) implements ImportOutcome {
	}
}
