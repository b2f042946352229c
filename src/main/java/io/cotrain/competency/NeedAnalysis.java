package io.cotrain.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The need analysis of one role (clerks, or cadres) inside a work scenario: for every competency its
 * positions require, how large the gap is and how strongly the KPIs linked to it confirm it. A pure function
 * of its inputs; the definitions below are what the UI and the API ({@code n}, {@code meanGap},
 * {@code shareBelow}, {@code kpiShareBelowTarget}) report.
 * <p>
 * For a competency c:
 * <ul>
 * <li><b>n</b> — learners whose position requires c;</li>
 * <li><b>assessed</b> — those of them with an assessed level for c (their latest assessment);</li>
 * <li><b>meanRequired</b> — mean required level over the n; <b>meanAssessed</b> — mean assessed level over the
 * assessed;</li>
 * <li><b>meanGap</b> — mean over the assessed of max(0, required − assessed): the average shortfall in
 * levels (someone above the requirement counts as 0, not as a surplus that hides others' gaps);</li>
 * <li><b>shareBelow</b> — share of the assessed whose level is below the requirement;</li>
 * <li><b>kpiShareBelowTarget</b> — over the pairs (learner among the n, KPI linked to c for which the learner
 * has a value), the share whose value misses the KPI's target (lower-is-better: value &gt; target;
 * higher-is-better: value &lt; target); the value is the learner's mean over the analysis window;</li>
 * <li><b>score</b> — meanGap × (1 + kpiShareBelowTarget): the shortfall, weighted up by the share of KPI
 * results that confirm it (missing numbers count as 0).</li>
 * </ul>
 * Gaps are ranked by score, then shareBelow, then competency code. Numbers are null where their denominator
 * is zero.
 */
public final class NeedAnalysis {

	private NeedAnalysis() {
	}

	public enum Direction {
		LOWER_IS_BETTER, HIGHER_IS_BETTER;

		public boolean misses(double value, double target) {
			return this == LOWER_IS_BETTER ? value > target : value < target;
		}
	}

	/**
	 * One learner of the role.
	 *
	 * @param required competency code → level required by the learner's position
	 * @param assessed competency code → latest assessed level
	 * @param kpiValues KPI code → the learner's mean value over the analysis window
	 */
	public record Learner(UUID employeeId, Map<String, Integer> required, Map<String, Integer> assessed,
			Map<String, Double> kpiValues) {
	}

	/** A KPI of the scenario and the competencies it reflects. */
	public record Kpi(String code, Direction direction, double target, Set<String> competencies) {
	}

	public record Gap(String competency, int n, int assessed, Double meanRequired, Double meanAssessed, Double meanGap,
			Double shareBelow, Double kpiShareBelowTarget, int kpiObservations, double score) {
	}

	/** The ranked gaps of one role's learners. */
	public static List<Gap> analyse(List<Learner> learners, List<Kpi> kpis) {
		Set<String> competencies = new TreeSet<>();
		learners.forEach(l -> competencies.addAll(l.required().keySet()));
		List<Gap> gaps = new ArrayList<>();
		for (String competency : competencies) {
			gaps.add(gap(competency, learners.stream().filter(l -> l.required().containsKey(competency)).toList(), kpis));
		}
		gaps.sort(Comparator.comparingDouble(Gap::score).reversed()
			.thenComparing(g -> g.shareBelow() == null ? 0 : g.shareBelow(), Comparator.reverseOrder())
			.thenComparing(Gap::competency));
		return gaps;
	}

	private static Gap gap(String competency, List<Learner> population, List<Kpi> kpis) {
		double requiredSum = 0;
		double assessedSum = 0;
		double shortfallSum = 0;
		int assessed = 0;
		int below = 0;
		for (Learner learner : population) {
			int required = learner.required().get(competency);
			requiredSum += required;
			Integer level = learner.assessed().get(competency);
			if (level != null) {
				assessed++;
				assessedSum += level;
				shortfallSum += Math.max(0, required - level);
				below += level < required ? 1 : 0;
			}
		}
		int observations = 0;
		int missing = 0;
		for (Kpi kpi : kpis) {
			if (!kpi.competencies().contains(competency)) {
				continue;
			}
			for (Learner learner : population) {
				Double value = learner.kpiValues().get(kpi.code());
				if (value != null) {
					observations++;
					missing += kpi.direction().misses(value, kpi.target()) ? 1 : 0;
				}
			}
		}
		int n = population.size();
		Double meanGap = ratio(shortfallSum, assessed);
		Double kpiShare = ratio(missing, observations);
		double score = (meanGap == null ? 0 : meanGap) * (1 + (kpiShare == null ? 0 : kpiShare));
		return new Gap(competency, n, assessed, ratio(requiredSum, n), ratio(assessedSum, assessed), meanGap,
				ratio(below, assessed), kpiShare, observations, score);
	}

	private static Double ratio(double numerator, int denominator) {
		return denominator == 0 ? null : numerator / denominator;
	}
}
