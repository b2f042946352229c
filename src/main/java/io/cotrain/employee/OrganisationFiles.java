package io.cotrain.employee;

import java.io.OutputStream;
import java.util.Locale;

import io.cotrain.employee.EmployeeFiles.ImportResult;
import io.cotrain.employee.EmployeeFiles.Previewed;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;

/**
 * Org units and positions in and out of Excel/CSV files, keyed by code: new codes are created, known ones changed
 * only where a value differs; applied all or nothing. Region admins import org units of their regions only;
 * positions are HR's.
 */
public interface OrganisationFiles {

	SpreadsheetSchema schema(Sheet sheet);

	/** The import of a sheet as {@link io.cotrain.spreadsheet.FileImports} and {@link io.cotrain.spreadsheet.ImportPages} run it. */
	SpreadsheetImport<ImportResult> definition(Sheet sheet);

	Previewed preview(Sheet sheet, SpreadsheetFile file);

	/** @throws io.cotrain.shared.RuleViolationException as {@link EmployeeFiles#apply} */
	ImportResult apply(Sheet sheet, PreviewToken token);

	void export(Sheet sheet, SpreadsheetFormat format, Locale locale, OutputStream out);

	enum Sheet {
		ORG_UNITS, POSITIONS
	}
}
