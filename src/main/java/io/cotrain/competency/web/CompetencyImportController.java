package io.cotrain.competency.web;

import java.util.Locale;
import java.util.UUID;

import io.cotrain.competency.CompetencyFiles;
import io.cotrain.competency.CompetencyFiles.Sheet;
import io.cotrain.employee.EmployeeId;
import io.cotrain.spreadsheet.ImportCounts;
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

/** Assessment and KPI record import pages (upload → preview → apply), templates and exports, for HR and region admins. */
@Controller
class CompetencyImportController {


	private final CompetencyFiles files;
	private final ImportPages pages;
	private final ImportPage<ImportCounts> assessments;
	private final ImportPage<ImportCounts> kpiRecords;

	CompetencyImportController(CompetencyFiles files, ImportPages pages) {
		this.files = files;
		this.pages = pages;
		this.assessments = ImportPage.of("/assessments", "assessments.import.title", files.definition(Sheet.ASSESSMENTS))
			.rules("assessments.import.rules").templateFile("assessments.import.templateFile").back("/scenarios").withExportLinks();
		this.kpiRecords = ImportPage.of("/kpi-records", "kpiRecords.import.title", files.definition(Sheet.KPI_RECORDS))
			.rules("kpiRecords.import.rules").templateFile("kpiRecords.import.templateFile").back("/scenarios").withExportLinks();
	}

	// assessments

	@GetMapping("/assessments/import")
	@PreAuthorize(Access.RECORD)
	String assessmentsPage(Model model) {
		return pages.page(assessments, model);
	}

	@GetMapping("/assessments/import/template")
	@PreAuthorize(Access.RECORD)
	ResponseEntity<byte[]> assessmentsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return pages.template(assessments, format, locale);
	}

	@PostMapping("/assessments/import")
	@PreAuthorize(Access.RECORD)
	String assessmentsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return pages.upload(assessments, file, model);
	}

	@PostMapping("/assessments/import/apply")
	@PreAuthorize(Access.RECORD)
	String assessmentsApply(@RequestParam(required = false) String token, Model model) {
		return pages.apply(assessments, token, model);
	}

	@GetMapping("/assessments/export")
	@PreAuthorize(Access.RECORD)
	ResponseEntity<byte[]> assessmentsExport(@RequestParam(required = false) String format,
			@RequestParam(required = false) UUID employeeId, Locale locale) {
		return export(Sheet.ASSESSMENTS, format, employeeId, locale);
	}

	// KPI records

	@GetMapping("/kpi-records/import")
	@PreAuthorize(Access.RECORD)
	String kpiRecordsPage(Model model) {
		return pages.page(kpiRecords, model);
	}

	@GetMapping("/kpi-records/import/template")
	@PreAuthorize(Access.RECORD)
	ResponseEntity<byte[]> kpiRecordsTemplate(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		return pages.template(kpiRecords, format, locale);
	}

	@PostMapping("/kpi-records/import")
	@PreAuthorize(Access.RECORD)
	String kpiRecordsUpload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return pages.upload(kpiRecords, file, model);
	}

	@PostMapping("/kpi-records/import/apply")
	@PreAuthorize(Access.RECORD)
	String kpiRecordsApply(@RequestParam(required = false) String token, Model model) {
		return pages.apply(kpiRecords, token, model);
	}

	@GetMapping("/kpi-records/export")
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
