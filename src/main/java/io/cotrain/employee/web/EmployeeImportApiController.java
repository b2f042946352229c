package io.cotrain.employee.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.web.EmployeeImportController.EmployeeExports;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
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
	private final Previews previews;

	EmployeeImportApiController(EmployeeFiles files, Previews previews) {
		this.files = files;
		this.previews = previews;
	}

	record ErrorJson(int row, String column, String header, String code, List<String> args, String message) {
	}

	record PreviewJson(String token, String fileName, int rows, int validRows, int invalidRows, List<ErrorJson> errors) {
	}

	@Operation(summary = "Reads an employee file (multipart field file) and returns its preview: every bad row with its reason and the token to apply it with")
	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	PreviewJson upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.of("file", "employee.import.noFile");
		}
		return previews.of(files.preview(SpreadsheetFile.of(file)), locale);
	}

	/** A stored preview as JSON, its reasons in the request's language. */
	@org.springframework.stereotype.Component
	static class Previews {

		private final MessageSource messages;

		Previews(MessageSource messages) {
			this.messages = messages;
		}

		PreviewJson of(EmployeeFiles.Previewed previewed, Locale locale) {
			ImportPreview p = previewed.preview();
			List<ErrorJson> errors = p.errors().stream()
				.map(e -> new ErrorJson(e.rowNumber(), e.columnKey(), e.header(), e.messageCode(), e.args(),
						messages.getMessage(e, locale)))
				.toList();
			return new PreviewJson(previewed.token().toString(), p.fileName(), p.rowCount(), p.validRowCount(),
					p.invalidRowCount(), errors);
		}
	}

	@Operation(summary = "Applies a clean preview all or nothing; the logins created are returned with their one-time passwords")
	@PostMapping("/import/{token}")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	EmployeeFiles.ImportResult apply(@PathVariable String token) {
		try {
			return files.apply(PreviewToken.of(token));
		}
		catch (RuleViolationException e) {
			if (e.violations().stream().anyMatch(v -> "spreadsheet.preview.unknown".equals(v.code()))) {
				throw new NotFoundException("import preview", token);
			}
			throw e;
		}
	}

	@Operation(summary = "The employees matching the list's filters as xlsx or csv (default), in the import's columns")
	@GetMapping("/export")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID regionId, @RequestParam(required = false) UUID orgUnitId,
			@RequestParam(required = false) UUID positionId, @RequestParam(required = false) RoleType roleType,
			@RequestParam(required = false) UUID tagId, @RequestParam(required = false) EmployeeStatus status, Locale locale) {
		SpreadsheetFormat f = EmployeeExports.format(format, SpreadsheetFormat.CSV);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		files.export(new EmployeeQuery(q, Ids.region(regionId), Ids.orgUnit(orgUnitId), Ids.position(positionId), roleType,
				Ids.tag(tagId), status, 0, 1), f, locale, out);
		return EmployeeExports.download(out.toByteArray(), f, "employees");
	}

}
