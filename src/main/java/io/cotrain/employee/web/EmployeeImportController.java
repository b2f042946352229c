package io.cotrain.employee.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Employee import (upload → preview → apply, all or nothing), the templates and the export of the list's
 * employees. The preview and the result are the replies to the POSTs (never a GET with the token), so one-time
 * passwords are shown exactly once.
 */
@Controller
@RequestMapping("/employees")
class EmployeeImportController {

	private final EmployeeFiles files;
	private final Spreadsheets spreadsheets;

	EmployeeImportController(EmployeeFiles files, Spreadsheets spreadsheets) {
		this.files = files;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String importPage(Model model) {
		return page(model);
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.XLSX);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (f == SpreadsheetFormat.CSV) {
			spreadsheets.export(files.schema(), java.util.List.of(), f, locale, out);
		}
		else {
			files.template(locale, out);
		}
		return EmployeeExports.download(out.toByteArray(), f, locale.getLanguage().equals("zh") ? "员工导入模板" : "employee-import-template");
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute("failure", "employee.import.noFile");
			return page(model);
		}
		EmployeeFiles.Previewed previewed = files.preview(SpreadsheetFile.of(file));
		model.addAttribute("preview", previewed.preview());
		model.addAttribute("token", previewed.token().toString());
		return page(model);
	}

	@PostMapping("/import/apply")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String apply(@RequestParam(required = false) String token, Model model) {
		try {
			model.addAttribute("result", files.apply(PreviewToken.of(token)));
		}
		catch (RuleViolationException e) {
			model.addAttribute("violations", e.violations());
		}
		return page(model);
	}

	@GetMapping("/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> export(@ModelAttribute EmployeeFilter filter, @RequestParam(required = false) String format,
			Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.CSV);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		files.export(filter.toQuery(1), f, locale, out);
		return EmployeeExports.download(out.toByteArray(), f, locale.getLanguage().equals("zh") ? "员工" : "employees");
	}

	private String page(Model model) {
		model.addAttribute("limits", spreadsheets.limits());
		model.addAttribute("base", "/employees");
		model.addAttribute("titleKey", "employees.import.title");
		model.addAttribute("rulesKey", "employees.import.rules");
		return "employee/import";
	}

	/** Shared by the page and API exports. */
	static final class EmployeeExports {

		private EmployeeExports() {
		}

		static SpreadsheetFormat format(String text, SpreadsheetFormat fallback) {
			if (text == null || text.isBlank()) {
				return fallback;
			}
			return switch (text.strip().toLowerCase(Locale.ROOT)) {
				case "xlsx" -> SpreadsheetFormat.XLSX;
				case "csv" -> SpreadsheetFormat.CSV;
				default -> throw RuleViolationException.of("format", "employee.import.format");
			};
		}

		static ResponseEntity<byte[]> download(byte[] bytes, SpreadsheetFormat format, String baseName) {
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, format.attachment(baseName).toString())
				.contentType(format.mediaType())
				.body(bytes);
		}
	}
}
