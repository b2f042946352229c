package io.cotrain.employee.web;

import java.util.Locale;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.spreadsheet.ImportPage;
import io.cotrain.spreadsheet.ImportPages;
import io.cotrain.spreadsheet.SpreadsheetFormat;

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
	private final ImportPages pages;
	private final ImportPage<EmployeeFiles.ImportResult> page;

	EmployeeImportController(EmployeeFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
		this.page = ImportPage.of("/employees", "employees.import.title", files.definition()).rules("employees.import.rules")
			.done("employees.import.done").templateFile("employees.import.templateFile").result("employee/import-logins");
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String importPage(Model model) {
		return pages.page(page, model);
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return pages.template(page, format, locale);
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return pages.upload(page, file, model);
	}

	@PostMapping("/import/apply")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String apply(@RequestParam(required = false) String token, Model model) {
		return pages.apply(page, token, model);
	}

	@GetMapping("/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> export(@ModelAttribute EmployeeFilter filter, @RequestParam(required = false) String format,
			Locale locale) {
		return pages.download(format, SpreadsheetFormat.CSV, locale.getLanguage().equals("zh") ? "员工" : "employees",
				(f, out) -> files.export(filter.toQuery(1), f, locale, out));
	}
}
