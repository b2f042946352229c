package io.cotrain.spreadsheet;

import org.springframework.stereotype.Service;

/**
 * The two phases of every import: {@link #preview} reads a file, adds the owning module's checks and stores the
 * result (also one with errors, to be shown); {@link #apply} applies a stored, clean preview all or nothing, once.
 */
@Service
public class FileImports {

	private final Spreadsheets spreadsheets;
	private final ImportPreviews previews;

	FileImports(Spreadsheets spreadsheets, ImportPreviews previews) {
		this.spreadsheets = spreadsheets;
		this.previews = previews;
	}

	/** Reads the file's first visible sheet, runs the import's checks and stores the preview for one hour. */
	public CheckedPreview preview(SpreadsheetImport<?> definition, SpreadsheetFile file) {
		ImportPreview read = spreadsheets.preview(definition.schema(), file);
		ImportPreview checked = read.withErrors(definition.checks().apply(read));
		return new CheckedPreview(checked, previews.save(checked));
	}

	/**
	 * Runs the import's work on a stored preview, all or nothing (see {@link ImportPreviews#apply}).
	 *
	 * @throws io.cotrain.shared.RuleViolationException when the token is unknown or expired, the preview has errors,
	 *         or the work refuses a row
	 */
	public <R> R apply(SpreadsheetImport<R> definition, PreviewToken token) {
		return previews.apply(token, definition.schema(), definition.work());
	}
}
