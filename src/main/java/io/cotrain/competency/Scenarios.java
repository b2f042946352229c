package io.cotrain.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.cotrain.employee.PositionId;
import io.cotrain.employee.RoleType;

/**
 * Work scenarios (the positions and KPIs that meet in one piece of work) and their need analysis: per role, the
 * ranked competency gaps computed by {@link NeedAnalysis}, and a proposed joint goal.
 */
public interface Scenarios {

	record Scenario(UUID id, String code, String nameZh, String nameEn, String description, List<PositionId> positionIds,
			List<UUID> kpiIds) {

		public String name(Locale locale) {
			return nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}
	}

	record ScenarioForm(String code, String nameZh, String nameEn, String description, List<PositionId> positionIds,
			List<UUID> kpiIds) {
	}

	/** One ranked gap: {@link NeedAnalysis.Gap}'s numbers, the competency's name and the KPIs linked to it. */
	record RankedGap(String competency, String name, int n, int assessed, Double meanRequired, Double meanAssessed,
			Double meanGap, Double shareBelow, Double kpiShareBelowTarget, int kpiObservations, double score,
			List<String> kpis) {
	}

	/** @param learners active employees of the role in the scenario's positions */
	record RoleNeeds(int learners, List<RankedGap> gaps) {
	}

	/**
	 * @param from first month of the KPI window, {@code to} its last (the complete months before the current one, in
	 *        each learner's region calendar; the report names the union of its regions' windows, which differ only
	 *        around a month change, when the regions' zones are in different months); null without regions
	 * @param jointGoal null when no role has a gap
	 */
	record NeedReport(UUID scenarioId, String scenario, int kpiWindowMonths, LocalDate from, LocalDate to,
			Map<RoleType, RoleNeeds> roles, String jointGoal) {
	}

	/** A saved training need: the joint goal and the analysis as it was when saved (its evidence). */
	record SavedNeed(UUID id, UUID scenarioId, String jointGoal, java.time.Instant savedAt, String savedBy, NeedReport snapshot) {
	}

	/** The roles the analysis is made for. */
	List<RoleType> ROLES = List.of(RoleType.CLERK, RoleType.CADRE);

	List<Scenario> list();

	Scenario get(UUID id);

	Scenario create(ScenarioForm form);

	/** The code stays. */
	Scenario update(UUID id, ScenarioForm form);

	NeedReport needAnalysis(UUID id, Locale locale);

	/**
	 * Saves the scenario's need: the analysis as of now as its snapshot, with {@code jointGoal} (blank: the proposed one).
	 */
	SavedNeed saveNeed(UUID id, String jointGoal, Locale locale);

	/** One saved need. @throws io.cotrain.shared.NotFoundException when the tenant has none with this id */
	SavedNeed need(UUID needId);

	/** The scenario's saved needs, newest first. */
	List<SavedNeed> needs(UUID id);
}
