package io.cotrain.competency.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencySettings;
import io.cotrain.competency.NeedAnalysis;
import io.cotrain.competency.Performance;
import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.RoleType;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantSettings;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScenarioService implements Scenarios {

	private final JdbcClient jdbc;
	private final EmployeeDirectory directory;
	private final CompetencyModel model;
	private final Performance performance;
	private final TenantSettings settings;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;
	private final Accounts accounts;
	private final JsonMapper json;
	private final TenantDirectory tenants;

	ScenarioService(JdbcClient jdbc, EmployeeDirectory directory, CompetencyModel model, Performance performance,
			TenantSettings settings, MessageSource messages, AuditLog audit, Clock clock, Accounts accounts, JsonMapper json,
			TenantDirectory tenants) {
		this.tenants = tenants;
		this.accounts = accounts;
		this.json = json;
		this.jdbc = jdbc;
		this.directory = directory;
		this.model = model;
		this.performance = performance;
		this.settings = settings;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Scenario> list() {
		return jdbc.sql("select id from work_scenario order by code").query(UUID.class).list().stream().map(this::get).toList();
	}

	@Override
	public Scenario get(UUID id) {
		List<PositionId> positions = jdbc.sql("select position_id from scenario_position where scenario_id = :id order by position_id")
			.param("id", id).query(UUID.class).list().stream().map(PositionId::new).toList();
		List<UUID> kpis = jdbc.sql("""
				select s.kpi_id from scenario_kpi s join kpi_definition k on k.id = s.kpi_id where s.scenario_id = :id order by k.code""")
			.param("id", id).query(UUID.class).list();
		return jdbc.sql("select * from work_scenario where id = :id").param("id", id)
			.query((rs, i) -> new Scenario(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_zh"),
					rs.getString("name_en"), rs.getString("description"), positions, kpis))
			.optional().orElseThrow(() -> new NotFoundException("scenario", id));
	}

	@Override
	@Transactional
	public Scenario create(ScenarioForm form) {
		Checks v = new Checks();
		String code = v.code("code", form.code());
		if (!v.has("code") && jdbc.sql("select count(*) from work_scenario where code = :c").param("c", code).query(Integer.class).single() > 0) {
			v.add("code", "validation.duplicate");
		}
		UUID id = UUID.randomUUID();
		write(id, code, form, v);
		audit.record("SCENARIO_CREATED", "work_scenario", id, Map.of("code", code));
		return get(id);
	}

	@Override
	@Transactional
	public Scenario update(UUID id, ScenarioForm form) {
		Scenario before = get(id);
		write(id, null, form, new Checks());
		audit.record("SCENARIO_CHANGED", "work_scenario", id, Map.of("code", before.code()));
		return get(id);
	}

	private void write(UUID id, String newCode, ScenarioForm form, Checks v) {
		String nameZh = v.required("nameZh", form.nameZh(), 200);
		String nameEn = v.optional("nameEn", form.nameEn(), 200);
		String description = v.optional("description", form.description(), 2000);
		List<PositionId> positions = form.positionIds() == null ? List.of() : form.positionIds();
		Set<UUID> visible = new HashSet<>();
		directory.positions().forEach(p -> visible.add(p.id().value()));
		if (positions.stream().anyMatch(p -> p == null || !visible.contains(p.value())) || new HashSet<>(positions).size() != positions.size()) {
			v.add("positionIds", "validation.selection");
		}
		List<UUID> kpis = form.kpiIds() == null ? List.of() : form.kpiIds();
		if (kpis.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(kpis).size() != kpis.size() || kpis.stream().filter(k -> k != null)
			.anyMatch(k -> jdbc.sql("select count(*) from kpi_definition where id = :id").param("id", k).query(Integer.class).single() == 0)) {
			v.add("kpiIds", "validation.selection");
		}
		v.throwIfAny();
		if (newCode != null) {
			jdbc.sql("""
					insert into work_scenario (id, code, name_zh, name_en, description, created_at) values (:id, :code, :zh, :en, :d, :at)""")
				.param("id", id).param("code", newCode).param("zh", nameZh).param("en", nameEn).param("d", description)
				.param("at", Timestamp.from(clock.instant())).update();
		}
		else {
			jdbc.sql("update work_scenario set name_zh = :zh, name_en = :en, description = :d where id = :id")
				.param("id", id).param("zh", nameZh).param("en", nameEn).param("d", description).update();
			jdbc.sql("delete from scenario_position where scenario_id = :id").param("id", id).update();
			jdbc.sql("delete from scenario_kpi where scenario_id = :id").param("id", id).update();
		}
		positions.forEach(p -> jdbc.sql("insert into scenario_position (scenario_id, position_id) values (:s, :p)")
			.param("s", id).param("p", p.value()).update());
		kpis.forEach(k -> jdbc.sql("insert into scenario_kpi (scenario_id, kpi_id) values (:s, :k)").param("s", id).param("k", k).update());
	}

	@Override
	public NeedReport needAnalysis(UUID id, Locale locale) {
		Scenario scenario = get(id);
		int window = settings.get(CompetencySettings.KPI_WINDOW_MONTHS);
		// months are counted in each region's calendar: the report names the union of its regions' windows
		Map<RegionId, Performance.Window> windows = new HashMap<>();
		tenants.regions().forEach(r -> windows.put(r.id(), performance.window(r.id())));
		LocalDate from = windows.values().stream().map(Performance.Window::from).min(LocalDate::compareTo).orElse(null);
		LocalDate to = windows.values().stream().map(Performance.Window::to).max(LocalDate::compareTo).orElse(null);

		Map<UUID, CompetencyModel.Competency> competencies = new HashMap<>();
		model.competencies().forEach(c -> competencies.put(c.id(), c));
		Map<String, CompetencyModel.Competency> byCode = new HashMap<>();
		competencies.values().forEach(c -> byCode.put(c.code(), c));

		// the scenario's KPIs and the competencies they reflect
		List<NeedAnalysis.Kpi> kpis = new ArrayList<>();
		Map<UUID, String> kpiCodes = new HashMap<>();
		for (UUID kpiId : scenario.kpiIds()) {
			Performance.Kpi kpi = performance.kpi(kpiId);
			kpiCodes.put(kpiId, kpi.code());
			Set<String> linked = new HashSet<>();
			kpi.competencyIds().forEach(c -> linked.add(competencies.get(c).code()));
			kpis.add(new NeedAnalysis.Kpi(kpi.code(), kpi.direction(), kpi.target().doubleValue(), linked));
		}

		// required levels by position
		Set<UUID> positions = new HashSet<>();
		scenario.positionIds().forEach(p -> positions.add(p.value()));
		Map<UUID, Map<String, Integer>> required = new HashMap<>();
		model.requirements(null).stream().filter(r -> positions.contains(r.positionId().value()))
			.forEach(r -> required.computeIfAbsent(r.positionId().value(), p -> new HashMap<>()).put(r.competencyCode(), r.requiredLevel()));

		List<EmployeeView> learners = directory.activeByRoleType(ROLES).stream()
			.filter(e -> positions.contains(e.position().value())).toList();
		Set<UUID> ids = new HashSet<>();
		learners.forEach(e -> ids.add(e.id().value()));

		// latest assessment per employee and competency
		Map<UUID, Map<String, Integer>> assessed = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					select distinct on (a.employee_id, a.competency_id) a.employee_id, c.code, a.level
					from assessment a join competency c on c.id = a.competency_id
					where a.employee_id in (:ids)
					order by a.employee_id, a.competency_id, a.assessed_on desc, a.recorded_at desc""")
				.param("ids", ids)
				.query((rs, i) -> {
					assessed.computeIfAbsent(rs.getObject(1, UUID.class), e -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
					return null;
				}).list();
		}
		// each learner's mean KPI value over the window of their region
		Map<UUID, Map<String, Double>> values = meanKpiValues(learners, windows, kpiCodes, from, to);

		Map<RoleType, RoleNeeds> roles = new EnumMap<>(RoleType.class);
		Map<RoleType, RankedGap> top = new LinkedHashMap<>();
		for (RoleType role : ROLES) {
			List<NeedAnalysis.Learner> group = learners.stream().filter(e -> e.roleType() == role)
				.map(e -> new NeedAnalysis.Learner(e.id().value(), required.getOrDefault(e.position().value(), Map.of()),
						assessed.getOrDefault(e.id().value(), Map.of()), values.getOrDefault(e.id().value(), Map.of())))
				.toList();
			List<RankedGap> gaps = NeedAnalysis.analyse(group, kpis).stream().map(g -> new RankedGap(g.competency(),
					byCode.get(g.competency()).name(locale), g.n(), g.assessed(), g.meanRequired(), g.meanAssessed(), g.meanGap(),
					g.shareBelow(), g.kpiShareBelowTarget(), g.kpiObservations(), g.score(),
					kpis.stream().filter(k -> k.competencies().contains(g.competency())).map(NeedAnalysis.Kpi::code).sorted().toList()))
				.toList();
			roles.put(role, new RoleNeeds(group.size(), gaps));
			gaps.stream().filter(g -> g.score() > 0 || g.kpiShareBelowTarget() != null && g.kpiShareBelowTarget() > 0)
				.findFirst().ifPresent(g -> top.put(role, g));
		}
		return new NeedReport(id, scenario.name(locale), window, from, to, roles, jointGoal(scenario.name(locale), top, locale));
	}

	private Map<UUID, Map<String, Double>> meanKpiValues(List<EmployeeView> learners, Map<RegionId, Performance.Window> windows,
			Map<UUID, String> kpiCodes, LocalDate from, LocalDate to) {
		Map<UUID, Performance.Window> windowOf = new HashMap<>();
		learners.forEach(e -> windowOf.put(e.id().value(), windows.computeIfAbsent(e.region(), performance::window)));
		Map<UUID, Map<String, List<BigDecimal>>> inWindow = new HashMap<>();
		if (!windowOf.isEmpty() && !kpiCodes.isEmpty()) {
			jdbc.sql("""
					select employee_id, kpi_id, month, value from kpi_record
					where employee_id in (:ids) and kpi_id in (:kpis) and month between :from and :to""")
				.param("ids", windowOf.keySet()).param("kpis", kpiCodes.keySet()).param("from", from).param("to", to)
				.query((rs, i) -> {
					UUID employee = rs.getObject(1, UUID.class);
					if (windowOf.get(employee).contains(rs.getObject(3, LocalDate.class))) {
						inWindow.computeIfAbsent(employee, e -> new HashMap<>())
							.computeIfAbsent(kpiCodes.get(rs.getObject(2, UUID.class)), k -> new ArrayList<>()).add(rs.getBigDecimal(4));
					}
					return null;
				}).list();
		}
		Map<UUID, Map<String, Double>> means = new HashMap<>();
		inWindow.forEach((employee, byKpi) -> byKpi.forEach((kpi, list) -> means.computeIfAbsent(employee, e -> new HashMap<>())
			.put(kpi, list.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(list.size()), MathContext.DECIMAL64).doubleValue())));
		return means;
	}

	@Override
	@Transactional
	public SavedNeed saveNeed(UUID id, String jointGoal, Locale locale) {
		NeedReport report = needAnalysis(id, locale);
		Checks v = new Checks();
		String goal = v.optional("jointGoal", jointGoal, 1000);
		if (goal == null) {
			goal = report.jointGoal();
		}
		if (goal == null) {
			v.add("jointGoal", "validation.text", 1000);
		}
		v.throwIfAny();
		UUID needId = UUID.randomUUID();
		String by = accounts.current().map(CurrentUser::username).orElse("system");
		jdbc.sql("""
				insert into training_need (id, scenario_id, joint_goal, snapshot, saved_at, saved_by)
				values (:id, :s, :g, cast(:snap as jsonb), :at, :by)""")
			.param("id", needId).param("s", id).param("g", goal).param("snap", json.writeValueAsString(report))
			.param("at", Timestamp.from(clock.instant())).param("by", by).update();
		audit.record("TRAINING_NEED_SAVED", "work_scenario", id, Map.of("need", needId));
		return needs(id).stream().filter(n -> n.id().equals(needId)).findFirst().orElseThrow();
	}

	@Override
	public SavedNeed need(UUID needId) {
		UUID scenario = jdbc.sql("select scenario_id from training_need where id = :id").param("id", needId).query(UUID.class)
			.optional().orElseThrow(() -> new NotFoundException("training need", needId));
		return needs(scenario).stream().filter(n -> n.id().equals(needId)).findFirst().orElseThrow();
	}

	@Override
	public List<SavedNeed> needs(UUID id) {
		get(id);
		return jdbc.sql("select * from training_need where scenario_id = :s order by saved_at desc, id").param("s", id)
			.query((rs, i) -> new SavedNeed(rs.getObject("id", UUID.class), id, rs.getString("joint_goal"),
					rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by"),
					json.readValue(rs.getString("snapshot"), NeedReport.class)))
			.list();
	}

	private String jointGoal(String scenario, Map<RoleType, RankedGap> top, Locale locale) {
		RankedGap clerk = top.get(RoleType.CLERK);
		RankedGap cadre = top.get(RoleType.CADRE);
		if (clerk != null && cadre != null) {
			return messages.getMessage("competency.jointGoal", new Object[] { scenario, clerk.name(), cadre.name() }, locale);
		}
		RankedGap one = clerk != null ? clerk : cadre;
		if (one == null) {
			return null;
		}
		String role = messages.getMessage("roleType." + (clerk != null ? "CLERK" : "CADRE"), null, locale);
		return messages.getMessage("competency.jointGoal.one", new Object[] { scenario, role, one.name() }, locale);
	}
}
