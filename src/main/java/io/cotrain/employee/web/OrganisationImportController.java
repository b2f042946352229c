package io.cotrain.employee.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.OrganisationFiles;
import io.cotrain.employee.OrganisationFiles.Sheet;
import io.cotrain.employee.web.EmployeeImportController.EmployeeExports;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Org unit import (HR and region admins) and position import (HR), with templates and exports; the employee import's flow. */
@Controller
class OrganisationImportController {

	private final OrganisationFiles files;
	private final Spreadsheets spreadsheets;

	OrganisationImportController(OrganisationFiles files, Spreadsheets spreadsheets) {
		this.files = files;
		this.spreadsheets = spreadsheets;
	}

	// org units

	@GetMapping("/org-units/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsPage(Model model) {
		return page(Sheet.ORG_UNITS, model);
	}

	@GetMapping("/org-units/import/template")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> orgUnitsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return template(Sheet.ORG_UNITS, format, locale);
	}

	@PostMapping("/org-units/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return upload(Sheet.ORG_UNITS, file, model);
	}

	@PostMapping("/org-units/import/apply")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsApply(@RequestParam(required = false) String token, Model model) {
		return apply(Sheet.ORG_UNITS, token, model);
	}

	@GetMapping("/org-units/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> orgUnitsExport(@RequestParam(required = false) String format, Locale locale) {
		return export(Sheet.ORG_UNITS, format, locale);
	}

	// positions

	@GetMapping("/positions/import")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String positionsPage(Model model) {
		return page(Sheet.POSITIONS, model);
	}

	@GetMapping("/positions/import/template")
	@PreAuthorize("hasRole('HR_ADMIN')")
	ResponseEntity<byte[]> positionsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return template(Sheet.POSITIONS, format, locale);
	}

	@PostMapping("/positions/import")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String positionsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return upload(Sheet.POSITIONS, file, model);
	}

	@PostMapping("/positions/import/apply")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String positionsApply(@RequestParam(required = false) String token, Model model) {
		return apply(Sheet.POSITIONS, token, model);
	}

	@GetMapping("/positions/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> positionsExport(@RequestParam(required = false) String format, Locale locale) {
		return export(Sheet.POSITIONS, format, locale);
	}

	private String upload(Sheet sheet, MultipartFile file, Model model) {
		if (file == null || file.isEmpty()) {
			model.addAttribute("failure", "employee.import.noFile");
			return page(sheet, model);
		}
		EmployeeFiles.Previewed previewed = files.preview(sheet, SpreadsheetFile.of(file));
		model.addAttribute("preview", previewed.preview());
		model.addAttribute("token", previewed.token().toString());
		return page(sheet, model);
	}

	private String apply(Sheet sheet, String token, Model model) {
		try {
			model.addAttribute("result", files.apply(sheet, PreviewToken.of(token)));
		}
		catch (RuleViolationException e) {
			model.addAttribute("violations", e.violations());
		}
		return page(sheet, model);
	}

	private ResponseEntity<byte[]> template(Sheet sheet, String format, Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.XLSX);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (f == SpreadsheetFormat.CSV) {
			spreadsheets.export(files.schema(sheet), List.of(), f, locale, out);
		}
		else {
			spreadsheets.template(files.schema(sheet), locale, out);
		}
		return EmployeeExports.download(out.toByteArray(), f, files.schema(sheet).name() + "-template");
	}

	private ResponseEntity<byte[]> export(Sheet sheet, String format, Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.CSV);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		files.export(sheet, f, locale, out);
		return EmployeeExports.download(out.toByteArray(), f, files.schema(sheet).name());
	}

	private String page(Sheet sheet, Model model) {
		model.addAttribute("limits", spreadsheets.limits());
		model.addAttribute("base", sheet == Sheet.ORG_UNITS ? "/org-units" : "/positions");
		model.addAttribute("titleKey", sheet == Sheet.ORG_UNITS ? "orgUnits.import.title" : "positions.import.title");
		model.addAttribute("rulesKey", "organisation.import.rules");
		return "employee/import";
	}
}
