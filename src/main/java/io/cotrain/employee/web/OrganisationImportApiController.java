package io.cotrain.employee.web;

import java.util.Locale;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.OrganisationFiles;
import io.cotrain.employee.OrganisationFiles.Sheet;
import io.cotrain.spreadsheet.ImportPages;
import io.cotrain.spreadsheet.ImportPages.PreviewJson;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Organisation", description = "Org units and positions")
@RestController
class OrganisationImportApiController {

	private final OrganisationFiles files;
	private final ImportPages pages;

	OrganisationImportApiController(OrganisationFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
	}

	@Operation(summary = "Reads an org unit file (multipart field file) and returns its preview with the token to apply it with")
	@PostMapping("/api/v1/org-units/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	PreviewJson orgUnitsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		return upload(Sheet.ORG_UNITS, file, locale);
	}

	@Operation(summary = "Applies a clean org unit preview all or nothing")
	@PostMapping("/api/v1/org-units/import/{token}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeFiles.ImportResult orgUnitsApply(@PathVariable String token) {
		return apply(Sheet.ORG_UNITS, token);
	}

	@Operation(summary = "The visible org units as xlsx or csv (default), in the import's columns")
	@GetMapping("/api/v1/org-units/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> orgUnitsExport(@RequestParam(required = false) String format, Locale locale) {
		return export(Sheet.ORG_UNITS, format, locale);
	}

	@Operation(summary = "Reads a position file (multipart field file) and returns its preview with the token to apply it with")
	@PostMapping("/api/v1/positions/import")
	@PreAuthorize("hasRole('HR_ADMIN')")
	PreviewJson positionsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		return upload(Sheet.POSITIONS, file, locale);
	}

	@Operation(summary = "Applies a clean position preview all or nothing")
	@PostMapping("/api/v1/positions/import/{token}")
	@PreAuthorize("hasRole('HR_ADMIN')")
	EmployeeFiles.ImportResult positionsApply(@PathVariable String token) {
		return apply(Sheet.POSITIONS, token);
	}

	@Operation(summary = "The positions as xlsx or csv (default), in the import's columns")
	@GetMapping("/api/v1/positions/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> positionsExport(@RequestParam(required = false) String format, Locale locale) {
		return export(Sheet.POSITIONS, format, locale);
	}

	private PreviewJson upload(Sheet sheet, MultipartFile file, Locale locale) {
		return pages.preview(files.definition(sheet), file, locale);
	}

	private EmployeeFiles.ImportResult apply(Sheet sheet, String token) {
		return pages.apply(files.definition(sheet), token);
	}

	private ResponseEntity<byte[]> export(Sheet sheet, String format, Locale locale) {
		return pages.download(format, SpreadsheetFormat.CSV, files.schema(sheet).name(), (f, out) -> files.export(sheet, f, locale, out));
	}
}
