package io.cotrain.competency;

import java.io.OutputStream;
import java.util.Locale;

import io.cotrain.employee.EmployeeId;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.ImportCounts;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;

/**
 * Assessments and KPI records in and out of Excel/CSV files, for the employees the caller sees (a region admin:
 * those of its regions; any other employee number is unknown). Assessments are upserted by (employee, competency,
 * date, source), KPI records by (employee, KPI, month); a row equal to what is stored changes nothing, so
 * re-importing a file or an export changes nothing. Applied all or nothing, each change audited.
 * <p>
 * <b>KPI values and units.</b> Values are stored in the KPI's unit; for a KPI measured in percent ({@link Performance.Kpi#inPercent()})
 * that is percent points (15 for 15 %). A file must say so: the value of a percent KPI is written {@code 15%} or as a
 * percent-formatted cell, and a bare number is refused as ambiguous; the value of any other KPI is a plain number, and
 * a percentage is refused. Exports write percent KPIs as percent-formatted cells ({@code 15%} in csv).
 */
public interface CompetencyFiles {

	enum Sheet {
		ASSESSMENTS, KPI_RECORDS
	}

	SpreadsheetSchema schema(Sheet sheet);

	/** The import as {@link io.cotrain.spreadsheet.FileImports} and {@link io.cotrain.spreadsheet.ImportPages} run it. */
	SpreadsheetImport<ImportCounts> definition(Sheet sheet);

	/** Reads and checks a file against the data and stores the preview (also one with errors) for one hour. */
	CheckedPreview preview(Sheet sheet, SpreadsheetFile file);

	/**
	 * @throws io.cotrain.shared.RuleViolationException when the token is unknown, expired or the preview has errors, or
	 *         when a row is refused now (nothing is applied then)
	 */
	ImportCounts apply(Sheet sheet, PreviewToken token);

	/**
	 * The visible employees' assessments (the latest per employee, competency, date and source) or KPI records, of one
	 * employee when {@code employee} is given, in the import's columns.
	 */
	void export(Sheet sheet, EmployeeId employee, SpreadsheetFormat format, Locale locale, OutputStream out);
}
