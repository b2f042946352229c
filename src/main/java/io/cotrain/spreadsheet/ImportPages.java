package io.cotrain.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web side of every import, so an owning module's controllers only map URLs and roles: the upload → preview →
 * apply pages (template {@code spreadsheet/import}, the preview and the result being the replies to the POSTs), the
 * API's preview JSON and apply (an unknown token is 404), and template and export downloads.
 */
@Component
public class ImportPages {

	/** One problem of a preview: row 0 for the file as a whole, the message in the request's language. */
	public record ErrorJson(int row, String column, String header, String code, List<String> args, String message) {
	}

	/** A stored preview: its counts, every problem and the token to apply it with. */
	public record PreviewJson(String token, String fileName, int rows, int validRows, int invalidRows, List<ErrorJson> errors) {
	}

	private final FileImports imports;
	private final Spreadsheets spreadsheets;
	private final MessageSource messages;

	ImportPages(FileImports imports, Spreadsheets spreadsheets, MessageSource messages) {
		this.imports = imports;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	// pages

	/** The upload form. */
	public String page(ImportPage<?> page, Model model) {
		model.addAttribute("limits", spreadsheets.limits());
		model.addAttribute("page", page);
		return "spreadsheet/import";
	}

	/** The preview of an uploaded file (every bad row; the apply form only when there is none). */
	public String upload(ImportPage<?> page, MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute("failure", "spreadsheet.upload.noFile");
			return page(page, model);
		}
		CheckedPreview previewed = imports.preview(page.definition(), SpreadsheetFile.of(file));
		model.addAttribute("preview", previewed.preview());
		model.addAttribute("token", previewed.token().toString());
		return page(page, model);
	}

	/** The result of applying a preview, or why nothing was applied. */
	public String apply(ImportPage<?> page, String token, Model model) {
		try {
			model.addAttribute("result", imports.apply(page.definition(), PreviewToken.of(token)));
		}
		catch (RuleViolationException e) {
			model.addAttribute("violations", e.violations());
		}
		return page(page, model);
	}

	/** The xlsx template (headers, example row, help sheet) or an empty csv with the headers; xlsx by default. */
	public ResponseEntity<byte[]> template(ImportPage<?> page, String format, Locale locale) {
		SpreadsheetSchema schema = page.definition().schema();
		String name = page.templateFileKey() == null ? schema.name() + "-template"
				: messages.getMessage(page.templateFileKey(), null, locale);
		return download(format, SpreadsheetFormat.XLSX, name, (f, out) -> {
			if (f == SpreadsheetFormat.CSV) {
				spreadsheets.export(schema, List.of(), f, locale, out);
			}
			else {
				spreadsheets.template(schema, locale, out);
			}
		});
	}

	// API

	/** Reads, checks and stores an uploaded file; its preview as JSON. */
	public PreviewJson preview(SpreadsheetImport<?> definition, MultipartFile file, Locale locale) {
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.of("file", "spreadsheet.upload.noFile");
		}
		CheckedPreview previewed = imports.preview(definition, SpreadsheetFile.of(file));
		ImportPreview p = previewed.preview();
		List<ErrorJson> errors = p.errors().stream()
			.map(e -> new ErrorJson(e.rowNumber(), e.columnKey(), e.header(), e.messageCode(), e.args(), messages.getMessage(e, locale)))
			.toList();
		return new PreviewJson(previewed.token().toString(), p.fileName(), p.rowCount(), p.validRowCount(), p.invalidRowCount(), errors);
	}

	/**
	 * Applies a stored preview.
	 *
	 * @throws NotFoundException when the token names no preview of this tenant, user and import
	 * @throws RuleViolationException when it has expired, has errors or a row is refused now
	 */
	public <R> R apply(SpreadsheetImport<R> definition, String token) {
		try {
			return imports.apply(definition, PreviewToken.of(token));
		}
		catch (RuleViolationException e) {
			if (e.violations().stream().anyMatch(v -> "spreadsheet.preview.unknown".equals(v.code()))) {
				throw new NotFoundException("import preview", token);
			}
			throw e;
		}
	}

	// downloads

	/**
	 * The format named by a request parameter ({@code xlsx} or {@code csv}, any case), or {@code fallback} when blank.
	 *
	 * @throws RuleViolationException ({@code spreadsheet.download.format}) for any other name
	 */
	public static SpreadsheetFormat format(String text, SpreadsheetFormat fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "xlsx" -> SpreadsheetFormat.XLSX;
			case "csv" -> SpreadsheetFormat.CSV;
			default -> throw RuleViolationException.of("format", "spreadsheet.download.format");
		};
	}

	/** A file download (attachment) of what {@code writer} writes in the requested format ({@code fallback} when blank). */
	public ResponseEntity<byte[]> download(String format, SpreadsheetFormat fallback, String baseName,
			BiConsumer<SpreadsheetFormat, OutputStream> writer) {
		SpreadsheetFormat f = format(format, fallback);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.accept(f, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, f.attachment(baseName).toString())
			.contentType(f.mediaType())
			.body(out.toByteArray());
	}
}
