package io.cotrain.employee.web;

import java.util.Locale;

import io.cotrain.employee.EmployeeFiles.ImportResult;
import io.cotrain.employee.OrganisationFiles;
import io.cotrain.employee.OrganisationFiles.Sheet;
import io.cotrain.spreadsheet.ImportPage;
import io.cotrain.spreadsheet.ImportPages;
import io.cotrain.spreadsheet.SpreadsheetFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Org unit import (HR and region admins) and position import (HR), with templates and exports. */
@Controller
class OrganisationImportController {

	private final OrganisationFiles files;
	private final ImportPages pages;
	private final ImportPage<ImportResult> units;
	private final ImportPage<ImportResult> positions;

	OrganisationImportController(OrganisationFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
		this.units = ImportPage.of("/org-units", "orgUnits.import.title", files.definition(Sheet.ORG_UNITS))
			.rules("organisation.import.rules");
		this.positions = ImportPage.of("/positions", "positions.import.title", files.definition(Sheet.POSITIONS))
			.rules("organisation.import.rules");
	}

	// org units

	@GetMapping("/org-units/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsPage(Model model) {
		return pages.page(units, model);
	}

	@GetMapping("/org-units/import/template")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> orgUnitsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return pages.template(units, format, locale);
	}

	@PostMapping("/org-units/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return pages.upload(units, file, model);
	}

	@PostMapping("/org-units/import/apply")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String orgUnitsApply(@RequestParam(required = false) String token, Model model) {
		return pages.apply(units, token, model);
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
		return pages.page(positions, model);
	}

	@GetMapping("/positions/import/template")
	@PreAuthorize("hasRole('HR_ADMIN')")
	ResponseEntity<byte[]> positionsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return pages.template(positions, format, locale);
	}

	@PostMapping("/positions/import")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String positionsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return pages.upload(positions, file, model);
	}

	@PostMapping("/positions/import/apply")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String positionsApply(@RequestParam(required = false) String token, Model model) {
		return pages.apply(positions, token, model);
	}

	@GetMapping("/positions/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> positionsExport(@RequestParam(required = false) String format, Locale locale) {
		return export(Sheet.POSITIONS, format, locale);
	}

	private ResponseEntity<byte[]> export(Sheet sheet, String format, Locale locale) {
		return pages.download(format, SpreadsheetFormat.CSV, files.schema(sheet).name(), (f, out) -> files.export(sheet, f, locale, out));
	}
}
