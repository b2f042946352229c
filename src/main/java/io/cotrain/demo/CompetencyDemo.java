package io.cotrain.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Assessment;
import io.cotrain.competency.CompetencyModel.AssessmentForm;
import io.cotrain.competency.CompetencyModel.Category;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.CompetencyModel.RequiredLevel;
import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.competency.NeedAnalysis.Direction;
import io.cotrain.competency.Performance;
import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.Accounts;

import org.springframework.stereotype.Component;

/**
 * Issue 3: the demo company's competency model, KPIs with six months of records, assessments and the work scenario
 * 订单从录入到生产的全流程协同, shaped so that its need analysis ranks cross-department communication first for clerks and
 * frontline execution insight first for cadres (DOMAIN.md §3.1). Runs in demo's all-regions scope.
 */
@Component
class CompetencyDemo {

	static final String SCENARIO = "ORDER_FLOW";

	private final CompetencyModel model;
	private final Performance performance;
	private final Scenarios scenarios;
	private final Organisation organisation;
	private final EmployeeDirectory directory;
	private final Clock clock;
	private final Accounts accounts;
	private final Random random = new Random(20240306L);
	private final Map<String, UUID> competencies = new HashMap<>();

	CompetencyDemo(CompetencyModel model, Performance performance, Scenarios scenarios, Organisation organisation,
			EmployeeDirectory directory, Clock clock, Accounts accounts) {
		this.accounts = accounts;
		this.model = model;
		this.performance = performance;
		this.scenarios = scenarios;
		this.organisation = organisation;
		this.directory = directory;
		this.clock = clock;
	}

	void seed() {
		model.competencies().forEach(c -> competencies.put(c.code(), c.id()));
		competency("CROSS_DEPT_COMM", "跨部门沟通", "Cross-department communication", Category.COLLABORATION);
		competency("FRONTLINE_INSIGHT", "一线执行洞察", "Frontline execution insight", Category.EXECUTION);
		competency("ORDER_ENTRY", "订单录入规范", "Order entry standards", Category.EXECUTION);
		competency("PROCESS_OPT", "流程优化", "Process optimisation", Category.MANAGEMENT);
		competency("TEAM_COMM", "团队沟通", "Team communication", Category.MANAGEMENT);

		PositionView clerk = organisation.positionByCode("CLERK").orElseThrow();
		PositionView cadre = organisation.positionByCode("CADRE").orElseThrow();
		require(clerk, Map.of("CROSS_DEPT_COMM", 4, "ORDER_ENTRY", 4, "TEAM_COMM", 3));
		require(cadre, Map.of("FRONTLINE_INSIGHT", 4, "PROCESS_OPT", 4, "TEAM_COMM", 4, "CROSS_DEPT_COMM", 3));

		Map<String, UUID> kpis = new HashMap<>();
		performance.kpis().forEach(k -> kpis.put(k.code(), k.id()));
		UUID errorRate = kpis.computeIfAbsent("ORDER_ERROR_RATE", code -> performance.create(new Performance.KpiForm(code, "订单差错率",
				"Order error rate", "%", Direction.LOWER_IS_BETTER, new BigDecimal("8"), List.of(competencies.get("CROSS_DEPT_COMM")))).id());
		UUID adoption = kpis.computeIfAbsent("PLAN_ADOPTION_RATE", code -> performance.create(new Performance.KpiForm(code,
				"流程方案采纳率", "Process-plan adoption rate", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("65"),
				List.of(competencies.get("FRONTLINE_INSIGHT")))).id());

		if (scenarios.list().stream().noneMatch(s -> s.code().equals(SCENARIO))) {
			scenarios.create(new Scenarios.ScenarioForm(SCENARIO, "订单从录入到生产的全流程协同", "Order flow from entry to production",
					"文员录入订单、储干安排生产：双方在同一流程中协同。", List.of(clerk.id(), cadre.id()), List.of(errorRate, adoption)));
		}

		LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
		for (EmployeeView e : directory.activeByRoleType(List.of(RoleType.CLERK, RoleType.CADRE))) {
			if (!model.assessments(e.id()).isEmpty()) {
				continue;
			}
			boolean isClerk = e.roleType() == RoleType.CLERK;
			Map<String, int[]> levels = isClerk
					? Map.of("CROSS_DEPT_COMM", new int[] { 2, 3 }, "ORDER_ENTRY", new int[] { 3, 4, 4 }, "TEAM_COMM", new int[] { 3, 3, 2 })
					: Map.of("FRONTLINE_INSIGHT", new int[] { 2, 3 }, "PROCESS_OPT", new int[] { 3, 4, 4 },
							"TEAM_COMM", new int[] { 3, 4, 4 }, "CROSS_DEPT_COMM", new int[] { 3, 3, 2 });
			levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
				int[] choices = entry.getValue();
				model.assess(new CompetencyModel.AssessmentForm(e.id(), competencies.get(entry.getKey()),
						choices[random.nextInt(choices.length)], thisMonth.minusMonths(1), CompetencyModel.Source.MENTOR, "demo"));
			});
			for (int m = 6; m >= 1; m--) {
				double value = isClerk ? 15 + random.nextGaussian() * 2.5 : 50 + random.nextGaussian() * 6;
				performance.record(new Performance.KpiRecordForm(e.id(), isClerk ? errorRate : adoption, thisMonth.minusMonths(m),
						BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)));
			}
		}
	}

	/**
	 * A self-assessment of every required competency, a month before the mentor's assessment (so the need analysis,
	 * which counts the latest assessment, is unchanged): most people rate themselves as their mentor does or one higher.
	 */
	void seedSelfAssessments() {
		for (EmployeeView e : directory.activeByRoleType(List.of(RoleType.CLERK, RoleType.CADRE))) {
			List<CompetencyModel.Assessment> assessments = model.assessments(e.id());
			if (assessments.stream().anyMatch(a -> a.source() == CompetencyModel.Source.SELF)) {
				continue;
			}
			assessments.stream().filter(a -> a.source() == CompetencyModel.Source.MENTOR)
				.sorted(java.util.Comparator.comparing(CompetencyModel.Assessment::competencyCode))
				.forEach(a -> model.assess(new CompetencyModel.AssessmentForm(e.id(), a.competencyId(),
						Math.min(5, a.level() + (random.nextInt(3) == 0 ? 0 : 1)), a.assessedOn().minusMonths(1),
						CompetencyModel.Source.SELF, null)));
		}
	}

	/**
	 * Issue 4: this month's news for the learners who have a login (the demo's clerk.wang and cadre.zhang): their line
	 * manager, as mentor, assesses their weakest competency one level higher, and a test confirms the mentor's level of
	 * their strongest. Recorded through the competency services, so each reaches the learner's inbox as a real notice, in
	 * the learner's language: two per learner. Each is recorded once (a restart after an interruption adds no duplicate).
	 */
	void seedNotices() {
		LocalDate monthStart = LocalDate.now(clock).withDayOfMonth(1);
		for (EmployeeView e : directory.activeByRoleType(List.of(RoleType.CLERK, RoleType.CADRE))) {
			List<Assessment> all = model.assessments(e.id()); // newest first
			Map<UUID, Assessment> mentors = new LinkedHashMap<>();
			all.stream().filter(a -> a.source() == Source.MENTOR).forEach(a -> mentors.putIfAbsent(a.competencyId(), a));
			if (accounts.byEmployee(e.id().value()).isEmpty() || mentors.size() < 2) {
				continue;
			}
			List<Assessment> byLevel = mentors.values().stream()
				.sorted(Comparator.comparingInt(Assessment::level).thenComparing(Assessment::competencyCode)).toList();
			if (all.stream().noneMatch(a -> a.source() == Source.MENTOR && !a.assessedOn().isBefore(monthStart))) {
				Assessment weakest = byLevel.get(0);
				String mentor = e.manager() == null ? null : directory.get(e.manager()).name();
				model.assess(new AssessmentForm(e.id(), weakest.competencyId(), Math.min(5, weakest.level() + 1), null,
						Source.MENTOR, mentor));
			}
			if (all.stream().noneMatch(a -> a.source() == Source.TEST)) {
				Assessment strongest = byLevel.get(byLevel.size() - 1);
				model.assess(new AssessmentForm(e.id(), strongest.competencyId(), strongest.level(), null, Source.TEST, null));
			}
		}
	}

	private void competency(String code, String nameZh, String nameEn, Category category) {
		competencies.computeIfAbsent(code, c -> model.create(new CompetencyForm(c, nameZh, nameEn, category,
				List.of("了解", "会用", "熟练", "精通", "可指导他人"), List.of("Aware", "Basic", "Proficient", "Advanced", "Can coach others")))
			.id());
	}

	private void require(PositionView position, Map<String, Integer> levels) {
		if (!model.requirements(position.id()).isEmpty()) {
			return;
		}
		model.setRequirements(position.id(), levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> new RequiredLevel(competencies.get(e.getKey()), e.getValue())).toList());
	}
}
