package io.cotrain.competency.model;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.competency.CompetencyFiles;
import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Assessment;
import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.competency.Performance;
import io.cotrain.competency.Performance.Kpi;
import io.cotrain.competency.Performance.KpiRecord;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.spreadsheet.CheckedPreview;
import io.cotrain.spreadsheet.Column;
import io.cotrain.spreadsheet.FileImports;
import io.cotrain.spreadsheet.ImportCounts;
import io.cotrain.spreadsheet.ImportPreview;
import io.cotrain.spreadsheet.PreviewToken;
import io.cotrain.spreadsheet.Quantity;
import io.cotrain.spreadsheet.RowError;
import io.cotrain.spreadsheet.SheetRow;
import io.cotrain.spreadsheet.SpreadsheetFile;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.SpreadsheetImport;
import io.cotrain.spreadsheet.SpreadsheetSchema;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Assessment and KPI record files: the schemas, the checks against the visible employees, competencies and KPIs
 * (and the percent rule of {@link CompetencyFiles}), and the all-or-nothing upsert that leaves equal rows alone.
 */
@Service
class CompetencyImport implements CompetencyFiles {

	static final SpreadsheetSchema ASSESSMENTS = SpreadsheetSchema.of("assessments",
			employeeNo(),
			Column.text("competency", "能力编码", "Competency code").asRequired().withMaxLength(32).withAliases("能力代码", "competency_code")
				.withExample("TEAM_COMM"),
			Column.integer("level", "等级", "Level").asRequired().withExample(3L),
			Column.date("assessedOn", "评估日期", "Assessed on").asRequired().withAliases("日期", "assessed_on")
				.withExample(LocalDate.of(2025, 1, 31)),
			Column.choice("source", "来源", "Source", List.of(new Column.Choice("SELF", "自评", "Self"),
					new Column.Choice("MENTOR", "导师评", "Mentor"), new Column.Choice("TEST", "测试", "Test")))
				.asRequired().withExample("MENTOR"),
			Column.text("assessor", "评估人", "Assessor").withMaxLength(100).withExample("王导师"));

	static final SpreadsheetSchema KPI_RECORDS = SpreadsheetSchema.of("kpi-records",
			employeeNo(),
			Column.text("kpi", "KPI编码", "KPI code").asRequired().withMaxLength(32).withAliases("KPI代码", "kpi_code")
				.withExample("ORDER_ERROR_RATE"),
			Column.month("month", "月份", "Month").asRequired().withExample(YearMonth.of(2025, 1)),
			Column.quantity("value", "数值", "Value").asRequired().withAliases("值").withExample(Quantity.percent(new BigDecimal("8.5")))
				.withHelp("kpiRecords.import.valueHelp"));

	/** What column {@code kpi_record.value} (numeric(18,6)) holds. */
	private static final BigDecimal VALUE_LIMIT = new BigDecimal("1E12");
	private static final int VALUE_SCALE = 6;

	private static final int CREATED = 0;
	private static final int UPDATED = 1;
	private static final int UNCHANGED = 2;

	private final FileImports imports;
	private final Spreadsheets spreadsheets;
	private final JdbcClient jdbc;
	private final EmployeeDirectory directory;
	private final CompetencyModel model;
	private final Performance performance;
	private final AuditLog audit;
	private final Clock clock;
	private final CompetencyNotices notices;
	private final SpreadsheetImport<ImportCounts> assessments;
	private final SpreadsheetImport<ImportCounts> kpiRecords;

	CompetencyImport(FileImports imports, Spreadsheets spreadsheets, JdbcClient jdbc, EmployeeDirectory directory,
			CompetencyModel model, Performance performance, AuditLog audit, Clock clock, CompetencyNotices notices) {
		this.notices = notices;
		this.imports = imports;
		this.spreadsheets = spreadsheets;
		this.jdbc = jdbc;
		this.directory = directory;
		this.model = model;
		this.performance = performance;
		this.audit = audit;
		this.clock = clock;
		this.assessments = new SpreadsheetImport<>(ASSESSMENTS, this::checkAssessments, this::applyAssessments);
		this.kpiRecords = new SpreadsheetImport<>(KPI_RECORDS, this::checkKpiRecords, this::applyKpiRecords);
	}

	private static Column employeeNo() {
		return Column.text("employeeNo", "工号", "Employee No").asRequired().withMaxLength(32).withAliases("员工编号", "employee_no")
			.withExample("00101");
	}

	@Override
	public SpreadsheetSchema schema(Sheet sheet) {
		return definition(sheet).schema();
	}

	@Override
	public SpreadsheetImport<ImportCounts> definition(Sheet sheet) {
		return sheet == Sheet.ASSESSMENTS ? assessments : kpiRecords;
	}

	@Override
	public CheckedPreview preview(Sheet sheet, SpreadsheetFile file) {
		return imports.preview(definition(sheet), file);
	}

	@Override
	public ImportCounts apply(Sheet sheet, PreviewToken token) {
		return imports.apply(definition(sheet), token);
	}

	// checks

	private List<RowError> checkAssessments(ImportPreview preview) {
		Lookup lookup = new Lookup();
		List<RowError> errors = new ArrayList<>(preview.duplicates("employeeNo", "competency", "assessedOn", "source"));
		for (SheetRow row : preview.rows()) {
			checkEmployee(preview, row, lookup, errors);
			if (row.has("competency") && lookup.competency(row.text("competency")).isEmpty()) {
				errors.add(preview.error(row, "competency", "competency.import.unknownCompetency", row.text("competency")));
			}
			Long level = row.integer("level");
			if (level != null && (level < 1 || level > 5)) {
				errors.add(preview.error(row, "level", "validation.competency.level"));
			}
		}
		return errors;
	}

	private List<RowError> checkKpiRecords(ImportPreview preview) {
		Lookup lookup = new Lookup();
		List<RowError> errors = new ArrayList<>(preview.duplicates("employeeNo", "kpi", "month"));
		for (SheetRow row : preview.rows()) {
			checkEmployee(preview, row, lookup, errors);
			Optional<Kpi> kpi = row.has("kpi") ? lookup.kpi(row.text("kpi")) : Optional.empty();
			if (row.has("kpi") && kpi.isEmpty()) {
				errors.add(preview.error(row, "kpi", "competency.import.unknownKpi", row.text("kpi")));
			}
			Quantity value = row.quantity("value");
			if (value != null) {
				valueProblem(kpi.orElse(null), value).ifPresent(code -> errors.add(preview.error(row, "value", code, value.toString(),
						kpi.map(Kpi::code).orElse(""), kpi.map(Kpi::unit).orElse(""))));
			}
		}
		return errors;
	}

	/**
	 * The reason a value cannot be stored for a KPI: a percent KPI needs a value marked as a percentage, any other KPI
	 * a plain number (never a guess), and the number must fit the column.
	 */
	static Optional<String> valueProblem(Kpi kpi, Quantity value) {
		if (value.number().abs().compareTo(VALUE_LIMIT) >= 0 || value.number().scale() > VALUE_SCALE) {
			return Optional.of("competency.import.valueRange");
		}
		if (kpi != null && kpi.inPercent() && !value.percent()) {
			return Optional.of("competency.import.percentRequired");
		}
		if (kpi != null && !kpi.inPercent() && value.percent()) {
			return Optional.of("competency.import.percentNotAllowed");
		}
		return Optional.empty();
	}

	private static void checkEmployee(ImportPreview preview, SheetRow row, Lookup lookup, List<RowError> errors) {
		if (row.has("employeeNo") && lookup.employee(row.text("employeeNo")).isEmpty()) {
			errors.add(preview.error(row, "employeeNo", "competency.import.unknownEmployee", row.text("employeeNo")));
		}
	}

	// apply

	private ImportCounts applyAssessments(ImportPreview preview) {
		Lookup lookup = new Lookup();
		int[] counts = new int[3];
		for (SheetRow row : preview.rows()) {
			EmployeeId employee = lookup.employee(row.text("employeeNo"))
				.orElseThrow(() -> refused(row, "employeeNo", "competency.import.unknownEmployee", row.text("employeeNo"))).id();
			UUID competency = lookup.competency(row.text("competency"))
				.orElseThrow(() -> refused(row, "competency", "competency.import.unknownCompetency", row.text("competency")));
			counts[upsertAssessment(employee, competency, Math.toIntExact(row.integer("level")), row.date("assessedOn"),
					Source.valueOf(row.choice("source")), row.text("assessor"))]++;
		}
		return new ImportCounts(counts[CREATED], counts[UPDATED], counts[UNCHANGED]);
	}

	/** Changes the latest assessment of the key, or records a new one; nothing when it is as given. */
	private int upsertAssessment(EmployeeId employee, UUID competency, int level, LocalDate on, Source source, String assessor) {
		Optional<Map<String, Object>> existing = jdbc.sql("""
				select id, level, assessor from assessment
				where employee_id = :e and competency_id = :c and assessed_on = :on and source = :s
				order by recorded_at desc limit 1""")
			.param("e", employee.value()).param("c", competency).param("on", on).param("s", source.name())
			.query().listOfRows().stream().findFirst();
		Map<String, Object> details = Map.of("competency", competency, "level", level, "source", source, "assessedOn", on.toString());
		if (existing.isEmpty()) {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into assessment (id, employee_id, competency_id, level, assessed_on, source, assessor, recorded_at)
					values (:id, :e, :c, :l, :on, :s, :a, :at)""")
				.param("id", id).param("e", employee.value()).param("c", competency).param("l", level).param("on", on)
				.param("s", source.name()).param("a", assessor).param("at", Timestamp.from(clock.instant())).update();
			audit.record("ASSESSMENT_RECORDED", "employee", employee.value(), details);
			notices.assessmentRecorded(employee, competency, level, on, source, assessor, null);
			return CREATED;
		}
		Map<String, Object> now = existing.get();
		if (((Number) now.get("level")).intValue() == level && Objects.equals(now.get("assessor"), assessor)) {
			return UNCHANGED;
		}
		jdbc.sql("update assessment set level = :l, assessor = :a, recorded_at = :at where id = :id")
			.param("id", now.get("id")).param("l", level).param("a", assessor).param("at", Timestamp.from(clock.instant())).update();
		audit.record("ASSESSMENT_CHANGED", "employee", employee.value(), details);
		notices.assessmentRecorded(employee, competency, level, on, source, assessor, ((Number) now.get("level")).intValue());
		return UPDATED;
	}

	private ImportCounts applyKpiRecords(ImportPreview preview) {
		Lookup lookup = new Lookup();
		int[] counts = new int[3];
		for (SheetRow row : preview.rows()) {
			EmployeeId employee = lookup.employee(row.text("employeeNo"))
				.orElseThrow(() -> refused(row, "employeeNo", "competency.import.unknownEmployee", row.text("employeeNo"))).id();
			Kpi kpi = lookup.kpi(row.text("kpi"))
				.orElseThrow(() -> refused(row, "kpi", "competency.import.unknownKpi", row.text("kpi")));
			Quantity value = row.quantity("value");
			Optional<String> problem = valueProblem(kpi, value);
			if (problem.isPresent()) {
				throw refused(row, "value", problem.get(), value.toString(), kpi.code(), kpi.unit());
			}
			counts[upsertKpiRecord(employee, kpi, row.month("month").atDay(1), value.number())]++;
		}
		return new ImportCounts(counts[CREATED], counts[UPDATED], counts[UNCHANGED]);
	}

	private int upsertKpiRecord(EmployeeId employee, Kpi kpi, LocalDate month, BigDecimal value) {
		Optional<BigDecimal> existing = jdbc.sql("select value from kpi_record where employee_id = :e and kpi_id = :k and month = :m")
			.param("e", employee.value()).param("k", kpi.id()).param("m", month).query(BigDecimal.class).optional();
		if (existing.isPresent() && existing.get().compareTo(value) == 0) {
			return UNCHANGED;
		}
		jdbc.sql("""
				insert into kpi_record (id, employee_id, kpi_id, month, value, recorded_at) values (:id, :e, :k, :m, :v, :at)
				on conflict (tenant_id, employee_id, kpi_id, month) do update set value = excluded.value, recorded_at = excluded.recorded_at""")
			.param("id", UUID.randomUUID()).param("e", employee.value()).param("k", kpi.id()).param("m", month).param("v", value)
			.param("at", Timestamp.from(clock.instant())).update();
		audit.record("KPI_RECORDED", "employee", employee.value(),
				Map.of("kpi", kpi.id(), "month", month.toString(), "value", value.toPlainString()));
		notices.kpiRecorded(employee, kpi.id(), month, value, existing.orElse(null));
		return existing.isPresent() ? UPDATED : CREATED;
	}

	/** A row that cannot be applied now (the data changed since the preview): nothing is applied. */
	private static RuleViolationException refused(SheetRow row, String field, String code, Object... args) {
		return new RuleViolationException(List.of(new Violation(null, "competency.import.rowRefused", row.number(), row.text("employeeNo")),
				new Violation(field, code, args)));
	}

	// export

	@Override
	public void export(Sheet sheet, EmployeeId employee, SpreadsheetFormat format, Locale locale, OutputStream out) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (sheet == Sheet.ASSESSMENTS) {
			List<Assessment> all = model.assessments(employee);
			Map<EmployeeId, String> numbers = visibleNumbers(all.stream().map(Assessment::employeeId).collect(Collectors.toSet()));
			Set<List<Object>> keys = new HashSet<>();
			// newest first: the first of a key is the one an import compares with
			for (Assessment a : all) {
				String number = numbers.get(a.employeeId());
				if (number == null || !keys.add(List.of(a.employeeId(), a.competencyId(), a.assessedOn(), a.source()))) {
					continue;
				}
				Map<String, Object> row = new HashMap<>();
				row.put("employeeNo", number);
				row.put("competency", a.competencyCode());
				row.put("level", (long) a.level());
				row.put("assessedOn", a.assessedOn());
				row.put("source", a.source());
				row.put("assessor", a.assessor());
				rows.add(row);
			}
		}
		else {
			Map<UUID, Kpi> kpis = performance.kpis().stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
			List<KpiRecord> all = performance.records(employee);
			Map<EmployeeId, String> numbers = visibleNumbers(all.stream().map(KpiRecord::employeeId).collect(Collectors.toSet()));
			for (KpiRecord r : all) {
				String number = numbers.get(r.employeeId());
				Kpi kpi = kpis.get(r.kpiId());
				if (number == null || kpi == null) {
					continue;
				}
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("employeeNo", number);
				row.put("kpi", kpi.code());
				row.put("month", YearMonth.from(r.month()));
				row.put("value", kpi.inPercent() ? Quantity.percent(r.value()) : Quantity.of(r.value()));
				rows.add(row);
			}
		}
		spreadsheets.export(schema(sheet), rows, format, locale, out);
	}

	/** The numbers of the employees among {@code ids} that the caller sees. */
	private Map<EmployeeId, String> visibleNumbers(Set<EmployeeId> ids) {
		return directory.getAll(ids).stream().collect(Collectors.toMap(EmployeeView::id, EmployeeView::employeeNo));
	}

	/** Employees, competencies and KPIs looked up once per file, in the caller's scope. */
	private final class Lookup {

		private final Map<String, Optional<EmployeeView>> employees = new HashMap<>();
		private Map<String, UUID> competencies;
		private Map<String, Kpi> kpis;

		Optional<EmployeeView> employee(String number) {
			return employees.computeIfAbsent(number, directory::byNumber);
		}

		Optional<UUID> competency(String code) {
			if (competencies == null) {
				competencies = model.competencies().stream().collect(Collectors.toMap(CompetencyModel.Competency::code,
						CompetencyModel.Competency::id));
			}
			return Optional.ofNullable(competencies.get(code));
		}

		Optional<Kpi> kpi(String code) {
			if (kpis == null) {
				kpis = performance.kpis().stream().collect(Collectors.toMap(Kpi::code, Function.identity()));
			}
			return Optional.ofNullable(kpis.get(code));
		}
	}
}
