package io.cotrain.spreadsheet;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of import as its owning module declares it: the file's columns, the checks only the module can make
 * (unknown codes, duplicates, rights) and the work that applies a clean preview's rows. {@link FileImports} runs
 * the two phases with it; {@link ImportPages} offers them as pages and API endpoints.
 *
 * @param schema the columns
 * @param checks the owning module's errors for a file as read (the preview's own errors are there already)
 * @param work applies the rows of a clean preview, inside the transaction of {@link ImportPreviews#apply}; it should
 *        check its rules again (the data may have changed since the preview) and throw to apply nothing
 * @param <R> what an apply returns, e.g. the counts of created, changed and unchanged rows
 */
public record SpreadsheetImport<R>(SpreadsheetSchema schema, Function<ImportPreview, List<RowError>> checks,
		Function<ImportPreview, R> work) {

	public SpreadsheetImport {
		Objects.requireNonNull(schema, "schema");
		Objects.requireNonNull(checks, "checks");
		Objects.requireNonNull(work, "work");
	}
}
