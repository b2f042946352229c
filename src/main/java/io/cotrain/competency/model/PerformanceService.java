package io.cotrain.competency.model;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.competency.CompetencySettings;
import io.cotrain.competency.NeedAnalysis;
import io.cotrain.competency.Performance;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PerformanceService implements Performance {

	private final JdbcClient jdbc;
	private final EmployeeDirectory directory;
	private final AuditLog audit;
	private final Clock clock;
	private final TenantDirectory tenants;
	private final TenantSettings settings;
	private final CompetencyNotices notices;

	PerformanceService(JdbcClient jdbc, EmployeeDirectory directory, AuditLog audit, Clock clock, TenantDirectory tenants,
			TenantSettings settings, CompetencyNotices notices) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.tenants = tenants;
		this.settings = settings;
	}

	@Override
	public Window window(RegionId region) {
		int months = settings.get(CompetencySettings.KPI_WINDOW_MONTHS, region);
		LocalDate to = tenants.region(region).today(clock).withDayOfMonth(1).minusMonths(1);
		return new Window(to.minusMonths(months - 1L), to);
	}

	@Override
	public List<Kpi> kpis() {
		return jdbc.sql("select id from kpi_definition order by code").query(UUID.class).list().stream().map(this::kpi).toList();
	}

	@Override
	public Kpi kpi(UUID id) {
		List<UUID> competencies = jdbc.sql("""
				select k.competency_id from kpi_competency k join competency c on c.id = k.competency_id
				where k.kpi_id = :id order by c.code""").param("id", id).query(UUID.class).list();
		return jdbc.sql("select * from kpi_definition where id = :id").param("id", id)
			.query((rs, i) -> new Kpi(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getString("unit"), NeedAnalysis.Direction.valueOf(rs.getString("direction")),
					rs.getBigDecimal("target").stripTrailingZeros(), competencies))
			.optional().orElseThrow(() -> new NotFoundException("kpi", id));
	}

	@Override
	@Transactional
	public Kpi create(KpiForm form) {
		Checks v = new Checks();
		String code = v.code("code", form.code());
		if (!v.has("code") && jdbc.sql("select count(*) from kpi_definition where code = :c").param("c", code).query(Integer.class).single() > 0) {
			v.add("code", "validation.duplicate");
		}
		UUID id = UUID.randomUUID();
		write(id, code, form, v);
		audit.record("KPI_CREATED", "kpi", id, Map.of("code", code));
		return kpi(id);
	}

	@Override
	@Transactional
	public Kpi update(UUID id, KpiForm form) {
		Kpi before = kpi(id);
		write(id, null, form, new Checks());
		audit.record("KPI_CHANGED", "kpi", id, Map.of("code", before.code(), "target", String.valueOf(form.target())));
		return kpi(id);
	}

	private void write(UUID id, String newCode, KpiForm form, Checks v) {
		String nameZh = v.required("nameZh", form.nameZh(), 200);
		String nameEn = v.optional("nameEn", form.nameEn(), 200);
		String unit = v.required("unit", form.unit(), 16);
		NeedAnalysis.Direction direction = v.present("direction", form.direction());
		BigDecimal target = v.present("target", form.target());
		List<UUID> competencies = form.competencyIds() == null ? List.of() : form.competencyIds();
		if (competencies.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(competencies).size() != competencies.size()
				|| competencies.stream().filter(c -> c != null).anyMatch(c -> jdbc.sql("select count(*) from competency where id = :id")
					.param("id", c).query(Integer.class).single() == 0)) {
			v.add("competencyIds", "validation.selection");
		}
		v.throwIfAny();
		if (newCode != null) {
			jdbc.sql("""
					insert into kpi_definition (id, code, name_zh, name_en, unit, direction, target, created_at)
					values (:id, :code, :zh, :en, :unit, :d, :t, :at)""")
				.param("id", id).param("code", newCode).param("zh", nameZh).param("en", nameEn).param("unit", unit)
				.param("d", direction.name()).param("t", target).param("at", Timestamp.from(clock.instant())).update();
		}
		else {
			jdbc.sql("update kpi_definition set name_zh = :zh, name_en = :en, unit = :unit, direction = :d, target = :t where id = :id")
				.param("id", id).param("zh", nameZh).param("en", nameEn).param("unit", unit).param("d", direction.name())
				.param("t", target).update();
			jdbc.sql("delete from kpi_competency where kpi_id = :id").param("id", id).update();
		}
		for (UUID competency : competencies) {
			jdbc.sql("insert into kpi_competency (kpi_id, competency_id) values (:k, :c)").param("k", id).param("c", competency).update();
		}
	}

	@Override
	public List<KpiRecord> records(EmployeeId employee) {
		return jdbc.sql("""
				select r.* from kpi_record r join kpi_definition k on k.id = r.kpi_id
				where cast(:e as uuid) is null or r.employee_id = :e
				order by r.month desc, k.code, r.employee_id""")
			.param("e", employee == null ? null : employee.value())
			.query((rs, i) -> new KpiRecord(rs.getObject("id", UUID.class), new EmployeeId(rs.getObject("employee_id", UUID.class)),
					rs.getObject("kpi_id", UUID.class), rs.getObject("month", LocalDate.class),
					rs.getBigDecimal("value").stripTrailingZeros()))
			.list();
	}

	@Override
	@Transactional
	public KpiRecord record(KpiRecordForm form) {
		Checks v = new Checks();
		if (v.present("employeeId", form.employeeId()) != null && directory.getAll(List.of(form.employeeId())).isEmpty()) {
			v.add("employeeId", "validation.selection");
		}
		if (v.present("kpiId", form.kpiId()) != null
				&& jdbc.sql("select count(*) from kpi_definition where id = :id").param("id", form.kpiId()).query(Integer.class).single() == 0) {
			v.add("kpiId", "validation.selection");
		}
		LocalDate month = v.present("month", form.month());
		BigDecimal value = v.present("value", form.value());
		v.throwIfAny();
		LocalDate first = month.withDayOfMonth(1);
		BigDecimal before = jdbc.sql("select value from kpi_record where employee_id = :e and kpi_id = :k and month = :m")
			.param("e", form.employeeId().value()).param("k", form.kpiId()).param("m", first).query(BigDecimal.class).optional().orElse(null);
		jdbc.sql("""
				insert into kpi_record (id, employee_id, kpi_id, month, value, recorded_at) values (:id, :e, :k, :m, :v, :at)
				on conflict (tenant_id, employee_id, kpi_id, month) do update set value = excluded.value, recorded_at = excluded.recorded_at""")
			.param("id", UUID.randomUUID()).param("e", form.employeeId().value()).param("k", form.kpiId()).param("m", first)
			.param("v", value).param("at", Timestamp.from(clock.instant())).update();
		audit.record("KPI_RECORDED", "employee", form.employeeId().value(),
				Map.of("kpi", form.kpiId(), "month", first.toString(), "value", value.toPlainString()));
		notices.kpiRecorded(form.employeeId(), form.kpiId(), first, value, before);
		return records(form.employeeId()).stream().filter(r -> r.kpiId().equals(form.kpiId()) && r.month().equals(first))
			.findFirst().orElseThrow();
	}
}
