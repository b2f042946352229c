package io.cotrain.competency.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Assessment;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.CompetencyModel.Source;
import io.cotrain.competency.NeedAnalysis;
import io.cotrain.competency.Performance;
import io.cotrain.employee.ArchiveSection;
import io.cotrain.employee.EmployeeView;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The competency part of the employee archive: the employee's levels against their position's required levels, and
 * the monthly values of their KPIs over the KPI window (in their region's calendar), each with a chart.
 * <p>
 * The archive page renders sections only for whom may open the archive (HR, region admins of the employee's region,
 * auditors, the employee, their line manager as mentor). The section shows nothing but this employee's own records —
 * no figure of anyone else (no team means) — so it tells no viewer more than the archive they may open.
 */
@Component
class CompetencyArchiveSection implements ArchiveSection {

	private final CompetencyModel model;
	private final Performance performance;
	private final JsonMapper json;

	CompetencyArchiveSection(CompetencyModel model, Performance performance, JsonMapper json) {
		this.model = model;
		this.performance = performance;
		this.json = json;
	}

	/**
	 * One competency: the required level (null when the position does not require it), the latest level from each
	 * source, and the gap max(0, required − latest level of any source), as the need analysis counts it.
	 */
	record LevelRow(String code, String name, Integer required, Map<Source, Integer> bySource, Integer gap) {
	}

	/** @param value null for a month without a record; {@code misses} whether it misses the target */
	record MonthValue(LocalDate month, BigDecimal value, boolean misses) {
	}

	record KpiHistory(String code, String name, String unit, NeedAnalysis.Direction direction, BigDecimal target,
			List<MonthValue> months, String chart) {
	}

	/** @param sources the assessment sources, in the order of the table's columns */
	record View(List<LevelRow> levels, String levelsChart, Performance.Window window, List<KpiHistory> kpis, List<Source> sources) {
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Optional<Content> content(EmployeeView employee, Locale locale) {
		List<LevelRow> levels = levels(employee, locale);
		Performance.Window window = performance.window(employee.region());
		List<KpiHistory> kpis = kpis(employee, window, locale);
		if (levels.isEmpty() && kpis.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content("archive.competency", "competency/archive :: section",
				new View(levels, levels.isEmpty() ? null : levelsChart(levels), window, kpis, List.of(Source.values()))));
	}

	private List<LevelRow> levels(EmployeeView employee, Locale locale) {
		Map<UUID, Integer> required = new LinkedHashMap<>();
		model.requirements(employee.position()).forEach(r -> required.put(r.competencyId(), r.requiredLevel()));
		Map<UUID, Integer> latest = new HashMap<>();
		Map<UUID, Map<Source, Integer>> bySource = new HashMap<>();
		for (Assessment a : model.assessments(employee.id())) { // newest first: the first seen is the latest
			latest.putIfAbsent(a.competencyId(), a.level());
			bySource.computeIfAbsent(a.competencyId(), c -> new EnumMap<>(Source.class)).putIfAbsent(a.source(), a.level());
		}
		List<Competency> competencies = model.competencies();
		List<LevelRow> rows = new ArrayList<>();
		for (Competency c : competencies) { // required ones first, each group by code
			if (required.containsKey(c.id())) {
				rows.add(row(c, required.get(c.id()), latest, bySource, locale));
			}
		}
		for (Competency c : competencies) {
			if (!required.containsKey(c.id()) && latest.containsKey(c.id())) {
				rows.add(row(c, null, latest, bySource, locale));
			}
		}
		return rows;
	}

	private static LevelRow row(Competency c, Integer required, Map<UUID, Integer> latest, Map<UUID, Map<Source, Integer>> bySource,
			Locale locale) {
		Integer level = latest.get(c.id());
		Integer gap = required == null || level == null ? null : Math.max(0, required - level);
		return new LevelRow(c.code(), c.name(locale), required, bySource.getOrDefault(c.id(), Map.of()), gap);
	}

	private List<KpiHistory> kpis(EmployeeView employee, Performance.Window window, Locale locale) {
		Map<UUID, Map<LocalDate, BigDecimal>> values = new HashMap<>();
		performance.records(employee.id()).stream().filter(r -> window.contains(r.month()))
			.forEach(r -> values.computeIfAbsent(r.kpiId(), k -> new HashMap<>()).put(r.month(), r.value()));
		List<KpiHistory> kpis = new ArrayList<>();
		for (Performance.Kpi kpi : performance.kpis()) { // by code
			Map<LocalDate, BigDecimal> byMonth = values.get(kpi.id());
			if (byMonth == null) {
				continue;
			}
			List<MonthValue> months = window.months().stream().map(m -> {
				BigDecimal value = byMonth.get(m);
				return new MonthValue(m, value, value != null && kpi.direction().misses(value.doubleValue(), kpi.target().doubleValue()));
			}).toList();
			kpis.add(new KpiHistory(kpi.code(), kpi.name(locale), kpi.unit(), kpi.direction(), kpi.target(), months, kpiChart(kpi, months)));
		}
		return kpis;
	}

	private String levelsChart(List<LevelRow> rows) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", rows.stream().map(LevelRow::name).toList());
		chart.put("required", rows.stream().map(LevelRow::required).toList());
		for (Source source : Source.values()) {
			if (rows.stream().anyMatch(r -> r.bySource().containsKey(source))) {
				chart.put(source.name().toLowerCase(Locale.ROOT), rows.stream().map(r -> r.bySource().get(source)).toList());
			}
		}
		return json.writeValueAsString(chart);
	}

	private String kpiChart(Performance.Kpi kpi, List<MonthValue> months) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("months", months.stream().map(m -> m.month().toString().substring(0, 7)).toList());
		chart.put("values", months.stream().map(m -> m.value() == null ? null : m.value().doubleValue()).toList());
		chart.put("target", kpi.target().doubleValue());
		chart.put("unit", kpi.unit());
		return json.writeValueAsString(chart);
	}
}
