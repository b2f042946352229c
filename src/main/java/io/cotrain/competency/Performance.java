package io.cotrain.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

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

	List<Kpi> kpis();

	Kpi kpi(UUID id);

	Kpi create(KpiForm form);

	/** The code stays. */
	Kpi update(UUID id, KpiForm form);

	/** An employee's records (or everyone's, when null), newest month first. */
	List<KpiRecord> records(EmployeeId employee);

	KpiRecord record(KpiRecordForm form);
}
