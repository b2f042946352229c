package io.cotrain.employee.web;

import java.util.Locale;
import java.util.UUID;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.RoleType;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Employees", description = "Employees with effective-dated assignments, tags, logins and personal data")
@RestController
@RequestMapping("/api/v1/employees")
class EmployeeImportApiController {

	private final EmployeeFiles files;
	private final ImportPages pages;

	EmployeeImportApiController(EmployeeFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
	}

	@Operation(summary = "Reads an employee file (multipart field file) and returns its preview: every bad row with its reason and the token to apply it with")
	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	PreviewJson upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		return pages.preview(files.definition(), file, locale);
	}

	@Operation(summary = "Applies a clean preview all or nothing; the logins created are returned with their one-time passwords")
	@PostMapping("/import/{token}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeFiles.ImportResult apply(@PathVariable String token) {
		return pages.apply(files.definition(), token);
	}

	@Operation(summary = "The employees matching the list's filters as xlsx or csv (default), in the import's columns")
	@GetMapping("/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID regionId, @RequestParam(required = false) UUID orgUnitId,
			@RequestParam(required = false) UUID positionId, @RequestParam(required = false) RoleType roleType,
			@RequestParam(required = false) UUID tagId, @RequestParam(required = false) EmployeeStatus status, Locale locale) {
		EmployeeQuery query = new EmployeeQuery(q, Ids.region(regionId), Ids.orgUnit(orgUnitId), Ids.position(positionId), roleType,
				Ids.tag(tagId), status, 0, 1);
		return pages.download(format, SpreadsheetFormat.CSV, "employees", (f, out) -> files.export(query, f, locale, out));
	}
}
