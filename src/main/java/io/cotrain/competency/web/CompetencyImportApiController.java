package io.cotrain.competency.web;

import java.util.Locale;
import java.util.UUID;

import io.cotrain.competency.CompetencyFiles;
import io.cotrain.competency.CompetencyFiles.Sheet;
import io.cotrain.employee.EmployeeId;
import io.cotrain.spreadsheet.ImportCounts;
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

@Tag(name = "KPIs", description = "KPI definitions and monthly KPI records")
@RestController
class CompetencyImportApiController {


	private final CompetencyFiles files;
	private final ImportPages pages;

	CompetencyImportApiController(CompetencyFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
	}

	@Operation(summary = "Reads an assessment file (multipart field file) and returns its preview: every bad row with its reason and the token to apply it with")
	@PostMapping("/api/v1/assessments/import")
	@PreAuthorize(Access.RECORD)
	PreviewJson assessmentsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		return pages.preview(files.definition(Sheet.ASSESSMENTS), file, locale);
	}

	@Operation(summary = "Applies a clean assessment preview all or nothing (upsert by employee, competency, date and source)")
	@PostMapping("/api/v1/assessments/import/{token}")
	@PreAuthorize(Access.RECORD)
	ImportCounts assessmentsApply(@PathVariable String token) {
		return pages.apply(files.definition(Sheet.ASSESSMENTS), token);
	}

	@Operation(summary = "The visible employees' assessments (of one employee with employeeId) as xlsx or csv (default), in the import's columns")
	@GetMapping("/api/v1/assessments/export")
	@PreAuthorize(Access.RECORD)
	ResponseEntity<byte[]> assessmentsExport(@RequestParam(required = false) String format,
			@RequestParam(required = false) UUID employeeId, Locale locale) {
		return export(Sheet.ASSESSMENTS, format, employeeId, locale);
	}

	@Operation(summary = "Reads a KPI record file (multipart field file) and returns its preview: every bad row with its reason and the token to apply it with")
	@PostMapping("/api/v1/kpi-records/import")
	@PreAuthorize(Access.RECORD)
	PreviewJson kpiRecordsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		return pages.preview(files.definition(Sheet.KPI_RECORDS), file, locale);
	}

	@Operation(summary = "Applies a clean KPI record preview all or nothing (upsert by employee, KPI and month)")
	@PostMapping("/api/v1/kpi-records/import/{token}")
	@PreAuthorize(Access.RECORD)
	ImportCounts kpiRecordsApply(@PathVariable String token) {
		return pages.apply(files.definition(Sheet.KPI_RECORDS), token);
	}

	@Operation(summary = "The visible employees' KPI records (of one employee with employeeId) as xlsx or csv (default); percent KPIs as percentages")
	@GetMapping("/api/v1/kpi-records/export")
	@PreAuthorize(Access.RECORD)
	ResponseEntity<byte[]> kpiRecordsExport(@RequestParam(required = false) String format,
			@RequestParam(required = false) UUID employeeId, Locale locale) {
		return export(Sheet.KPI_RECORDS, format, employeeId, locale);
	}

	private ResponseEntity<byte[]> export(Sheet sheet, String format, UUID employeeId, Locale locale) {
		return pages.download(format, SpreadsheetFormat.CSV, files.schema(sheet).name(),
				(f, out) -> files.export(sheet, employeeId == null ? null : new EmployeeId(employeeId), f, locale, out));
	}
}
