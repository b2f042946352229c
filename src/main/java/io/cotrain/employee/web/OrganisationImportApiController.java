package io.cotrain.employee.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.OrganisationFiles;
import io.cotrain.employee.OrganisationFiles.Sheet;
import io.cotrain.employee.web.EmployeeImportApiController.PreviewJson;
import io.cotrain.employee.web.EmployeeImportController.EmployeeExports;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
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
	private final EmployeeImportApiController.Previews json;

	OrganisationImportApiController(OrganisationFiles files, EmployeeImportApiController.Previews json) {
		this.files = files;
		this.json = json;
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
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.of("file", "employee.import.noFile");
		}
		return json.of(files.preview(sheet, SpreadsheetFile.of(file)), locale);
	}

	private EmployeeFiles.ImportResult apply(Sheet sheet, String token) {
		try {
			return files.apply(sheet, PreviewToken.of(token));
		}
		catch (RuleViolationException e) {
			if (e.violations().stream().anyMatch(v -> "spreadsheet.preview.unknown".equals(v.code()))) {
				throw new NotFoundException("import preview", token);
			}
			throw e;
		}
	}

	private ResponseEntity<byte[]> export(Sheet sheet, String format, Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.CSV);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		files.export(sheet, f, locale, out);
		return EmployeeExports.download(out.toByteArray(), f, files.schema(sheet).name());
	}
}
