package io.cotrain.spreadsheet;

import java.util.function.Function;

/**
 * Previews kept on the server between "show what would be imported" and "import it": the parsed rows and
 * errors (never the file), in table {@code import_preview}, visible only in the tenant that stored them (row
 * security) and only to the user who stored them, for {@code cotrain.spreadsheet.preview-ttl} (1 hour).
 */
public interface ImportPreviews {

	/** Stores a preview in the current tenant scope and returns its token. */
	PreviewToken save(ImportPreview preview);

	/**
	 * @throws io.cotrain.shared.RuleViolationException {@code spreadsheet.preview.unknown} when the token names no
	 *         preview of this tenant, user and schema, {@code spreadsheet.preview.expired} when it has expired
	 */
	ImportPreview load(PreviewToken token, SpreadsheetSchema schema);

	/**
	 * Applies a stored preview all or nothing: in one transaction (joining the caller's), loads and locks it,
	 * refuses it when it has errors ({@code spreadsheet.preview.hasErrors}), is unknown or expired, runs
	 * {@code work} and deletes the preview, so it can be applied only once. When {@code work} throws, nothing
	 * it did is kept and the preview stays. {@code work} should check its rules again: the data may have changed
	 * since the preview.
	 */
	<T> T apply(PreviewToken token, SpreadsheetSchema schema, Function<ImportPreview, T> work);

	/** Forgets a preview (cancel); unknown tokens are ignored. */
	void discard(PreviewToken token);
}
