package io.cotrain.competency.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.PositionId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competency model in plain SQL; row-level security limits every statement to the scope's tenant. */
@Service
@Transactional(readOnly = true)
class CompetencyService implements CompetencyModel {

	private static final int MAX_NAME = 200;
	private static final int MAX_DESCRIPTOR = 500;

	private final JdbcClient jdbc;
	private final EmployeeDirectory directory;
	private final AuditLog audit;
	private final Clock clock;
	private final TenantDirectory tenants;
	private final CompetencyNotices notices;

	CompetencyService(JdbcClient jdbc, EmployeeDirectory directory, AuditLog audit, Clock clock, TenantDirectory tenants,
			CompetencyNotices notices) {
		this.tenants = tenants;
		this.notices = notices;
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Competency> competencies() {
		return jdbc.sql("select * from competency order by code").query(CompetencyService::competency).list();
	}

	@Override
	public Competency competency(UUID id) {
		return id == null ? null : jdbc.sql("select * from competency where id = :id").param("id", id)
			.query(CompetencyService::competency).optional().orElseThrow(() -> new NotFoundException("competency", id));
	}

	@Override
	@Transactional
	public Competency create(CompetencyForm form) {
		Checks v = new Checks();
		String code = v.code("code", form.code());
		if (!v.has("code") && exists("competency", code)) {
			v.add("code", "validation.duplicate");
		}
		UUID id = UUID.randomUUID();
		write(id, form, v, true);
		return competency(id);
	}

	@Override
	@Transactional
	public Competency update(UUID id, CompetencyForm form) {
		Competency before = competency(id);
		write(id, form, new Checks(), false);
		Competency after = competency(id);
		audit.record("COMPETENCY_CHANGED", "competency", id, Map.of("code", before.code(), "name", after.nameZh()));
		return after;
	}

	private void write(UUID id, CompetencyForm form, Checks v, boolean create) {
		String nameZh = v.required("nameZh", form.nameZh(), MAX_NAME);
		String nameEn = v.optional("nameEn", form.nameEn(), MAX_NAME);
		Category category = v.present("category", form.category());
		List<String> zh = descriptors(v, "levelsZh", form.levelsZh());
		List<String> en = descriptors(v, "levelsEn", form.levelsEn());
		v.throwIfAny();
		if (create) {
			jdbc.sql("insert into competency (id, code, name_zh, category, created_at) values (:id, :code, :n, :c, :at)")
				.param("id", id).param("code", form.code().strip()).param("n", nameZh).param("c", category.name())
				.param("at", Timestamp.from(clock.instant())).update();
			audit.record("COMPETENCY_CREATED", "competency", id, Map.of("code", form.code().strip(), "name", nameZh));
		}
		jdbc.sql("""
				update competency set name_zh = :zh, name_en = :en, category = :c,
				  level1_zh = :z1, level2_zh = :z2, level3_zh = :z3, level4_zh = :z4, level5_zh = :z5,
				  level1_en = :e1, level2_en = :e2, level3_en = :e3, level4_en = :e4, level5_en = :e5
				where id = :id""")
			.param("zh", nameZh).param("en", nameEn).param("c", category.name())
			.param("z1", zh.get(0)).param("z2", zh.get(1)).param("z3", zh.get(2)).param("z4", zh.get(3)).param("z5", zh.get(4))
			.param("e1", en.get(0)).param("e2", en.get(1)).param("e3", en.get(2)).param("e4", en.get(3)).param("e5", en.get(4))
			.param("id", id).update();
	}

	private static List<String> descriptors(Checks v, String field, List<String> values) {
		List<String> result = new ArrayList<>();
		if (values != null && values.size() > 5) {
			v.add(field, "validation.competency.levels");
		}
		for (int i = 0; i < 5; i++) {
			result.add(values == null || i >= values.size() ? null : v.optional(field, values.get(i), MAX_DESCRIPTOR));
		}
		return result;
	}

	private boolean exists(String table, String code) {
		return jdbc.sql("select count(*) from " + table + " where code = :code").param("code", code).query(Integer.class).single() > 0;
	}

	@Override
	public List<Requirement> requirements(PositionId position) {
		return jdbc.sql("""
				select r.position_id, r.competency_id, c.code, r.required_level from position_requirement r
				join competency c on c.id = r.competency_id
				where cast(:position as uuid) is null or r.position_id = :position
				order by r.position_id, c.code""")
			.param("position", position == null ? null : position.value())
			.query((rs, i) -> new Requirement(new PositionId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getInt(4)))
			.list();
	}

	@Override
	@Transactional
	public List<Requirement> setRequirements(PositionId position, List<RequiredLevel> levels) {
		directory.position(position);
		Checks v = new Checks();
		Set<UUID> seen = new HashSet<>();
		List<RequiredLevel> valid = levels == null ? List.of() : levels;
		for (int i = 0; i < valid.size(); i++) {
			RequiredLevel level = valid.get(i);
			String field = "requirements[" + i + "]";
			if (level == null || v.present(field + ".competencyId", level.competencyId()) == null) {
				continue;
			}
			if (!seen.add(level.competencyId())) {
				v.add(field + ".competencyId", "validation.duplicate");
			}
			else if (!known("competency", level.competencyId())) {
				v.add(field + ".competencyId", "validation.selection");
			}
			v.level(field + ".requiredLevel", level.requiredLevel());
		}
		v.throwIfAny();
		jdbc.sql("delete from position_requirement where position_id = :p").param("p", position.value()).update();
		for (RequiredLevel level : valid) {
			jdbc.sql("insert into position_requirement (position_id, competency_id, required_level) values (:p, :c, :l)")
				.param("p", position.value()).param("c", level.competencyId()).param("l", level.requiredLevel()).update();
		}
		audit.record("POSITION_REQUIREMENTS_SET", "job_position", position.value(), Map.of("competencies", valid.size()));
		return requirements(position);
	}

	private boolean known(String table, UUID id) {
		return jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Integer.class).single() > 0;
	}

	@Override
	public List<Assessment> assessments(EmployeeId employee) {
		return jdbc.sql("""
				select a.*, c.code from assessment a join competency c on c.id = a.competency_id
				where cast(:e as uuid) is null or a.employee_id = :e
				order by a.assessed_on desc, a.recorded_at desc, c.code""")
			.param("e", employee == null ? null : employee.value())
			.query((rs, i) -> new Assessment(rs.getObject("id", UUID.class), new EmployeeId(rs.getObject("employee_id", UUID.class)),
					rs.getObject("competency_id", UUID.class), rs.getString("code"), rs.getInt("level"),
					rs.getObject("assessed_on", LocalDate.class), Source.valueOf(rs.getString("source")), rs.getString("assessor")))
			.list();
	}

	@Override
	@Transactional
	public Assessment assess(AssessmentForm form) {
		Checks v = new Checks();
		List<EmployeeView> employee = form.employeeId() == null ? List.of() : directory.getAll(List.of(form.employeeId()));
		if (v.present("employeeId", form.employeeId()) != null && employee.isEmpty()) {
			v.add("employeeId", "validation.selection");
		}
		if (v.present("competencyId", form.competencyId()) != null && !known("competency", form.competencyId())) {
			v.add("competencyId", "validation.selection");
		}
		v.level("level", form.level());
		Source source = v.present("source", form.source());
		String assessor = v.optional("assessor", form.assessor(), 100);
		v.throwIfAny();
		UUID id = UUID.randomUUID();
		LocalDate on = form.assessedOn() != null ? form.assessedOn() : tenants.region(employee.get(0).region()).today(clock);
		Integer before = latestLevel(form.employeeId(), form.competencyId(), on, source);
		jdbc.sql("""
				insert into assessment (id, employee_id, competency_id, level, assessed_on, source, assessor, recorded_at)
				values (:id, :e, :c, :l, :on, :s, :a, :at)""")
			.param("id", id).param("e", form.employeeId().value()).param("c", form.competencyId()).param("l", form.level())
			.param("on", on).param("s", source.name()).param("a", assessor).param("at", Timestamp.from(clock.instant())).update();
		audit.record("ASSESSMENT_RECORDED", "employee", form.employeeId().value(),
				Map.of("competency", form.competencyId(), "level", form.level(), "source", source));
		notices.assessmentRecorded(form.employeeId(), form.competencyId(), form.level(), on, source, assessor, before);
		return assessments(form.employeeId()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/** The level of the latest assessment of the key, which a repeated assessment is compared with (null: none). */
	private Integer latestLevel(EmployeeId employee, UUID competency, LocalDate on, Source source) {
		return jdbc.sql("""
				select level from assessment where employee_id = :e and competency_id = :c and assessed_on = :on and source = :s
				order by recorded_at desc limit 1""")
			.param("e", employee.value()).param("c", competency).param("on", on).param("s", source.name())
			.query(Integer.class).optional().orElse(null);
	}

	static Competency competency(ResultSet rs, int row) throws SQLException {
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			zh.add(rs.getString("level" + i + "_zh"));
			en.add(rs.getString("level" + i + "_en"));
		}
		return new Competency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				Category.valueOf(rs.getString("category")), zh, en);
	}
}
