package io.cotrain.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;

/** KPI definitions (with the competencies they reflect) and employees' monthly KPI values. */
public interface Performance {

	/** @param target in the KPI's unit (percentages as percent, e.g. 8 for 8 %) */
	record Kpi(UUID id, String code, String nameZh, String nameEn, String unit, NeedAnalysis.Direction direction,
			BigDecimal target, List<UUID> competencyIds) {

		public String name(java.util.Locale locale) {
			return nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

		/** Whether the KPI is measured in percent (unit {@code %}, also full-width): its values are percent points. */
		public boolean inPercent() {
			return unit != null && "%".equals(java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC).strip());
		}
	}

	record KpiForm(String code, String nameZh, String nameEn, String unit, NeedAnalysis.Direction direction,
			BigDecimal target, List<UUID> competencyIds) {
	}

	/** @param month the first day of the month */
	record KpiRecord(UUID id, EmployeeId employeeId, UUID kpiId, LocalDate month, BigDecimal value) {
	}

	/** @param month any day of the month; stored as its first day. A second value for the same month replaces the first. */
	record KpiRecordForm(EmployeeId employeeId, UUID kpiId, LocalDate month, BigDecimal value) {
	}

	/**
	 * The months KPI values are averaged over: the last {@link CompetencySettings#KPI_WINDOW_MONTHS} complete months
	 * before the current one, the months counted in the region's calendar (its time zone).
	 *
	 * @param from the first day of the first month; {@code to} the first day of the last month
	 */
	record Window(LocalDate from, LocalDate to) {

		public boolean contains(LocalDate month) {
			return !month.isBefore(from) && !month.isAfter(to);
		}

		/** The first day of every month of the window, oldest first. */
		public List<LocalDate> months() {
			return from.datesUntil(to.plusMonths(1), java.time.Period.ofMonths(1)).toList();
		}
	}

	/** The KPI window in force today in the region's calendar. */
	Window window(RegionId region);

	List<Kpi> kpis();

	Kpi kpi(UUID id);

	Kpi create(KpiForm form);

	/** The code stays. */
	Kpi update(UUID id, KpiForm form);

	/** An employee's records (or those of every employee visible in the scope, when null), newest month first. */
	List<KpiRecord> records(EmployeeId employee);

	KpiRecord record(KpiRecordForm form);
}
