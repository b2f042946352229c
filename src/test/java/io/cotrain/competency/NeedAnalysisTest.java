package io.cotrain.competency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.cotrain.competency.NeedAnalysis.Direction;
import io.cotrain.competency.NeedAnalysis.Gap;
import io.cotrain.competency.NeedAnalysis.Kpi;
import io.cotrain.competency.NeedAnalysis.Learner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NeedAnalysisTest {

	private static final Kpi ORDER_ERROR_RATE = new Kpi("order-error-rate", Direction.LOWER_IS_BETTER, 0.08, Set.of("COMM"));

	/**
	 * Four clerks; their position requires COMM 3 and EXEC 2.
	 * COMM assessed 1, 2, 3 and one unassessed → shortfalls 2, 1, 0 → meanGap 1, shareBelow 2/3.
	 * Order error rate 15 %, 6 %, 12 %, none → 2 of 3 miss the 8 % target → kpiShareBelowTarget 2/3.
	 * EXEC assessed 2, 2, 1, 2 → shortfalls 0, 0, 1, 0 → meanGap 0.25, shareBelow 1/4, no linked KPI.
	 * Scores: COMM 1 × (1 + 2/3) = 5/3; EXEC 0.25 → COMM ranks first.
	 */
	@Test
	void computesTheHandWorkedExample() {
		Map<String, Integer> clerkPosition = Map.of("COMM", 3, "EXEC", 2);
		List<Learner> clerks = List.of(
				learner(clerkPosition, Map.of("COMM", 1, "EXEC", 2), Map.of("order-error-rate", 0.15)),
				learner(clerkPosition, Map.of("COMM", 2, "EXEC", 2), Map.of("order-error-rate", 0.06)),
				learner(clerkPosition, Map.of("COMM", 3, "EXEC", 1), Map.of("order-error-rate", 0.12)),
				learner(clerkPosition, Map.of("EXEC", 2), Map.of()));

		List<Gap> gaps = NeedAnalysis.analyse(clerks, List.of(ORDER_ERROR_RATE));

		assertThat(gaps).extracting(Gap::competency).containsExactly("COMM", "EXEC");
		Gap comm = gaps.get(0);
		assertThat(comm.n()).isEqualTo(4);
		assertThat(comm.assessed()).isEqualTo(3);
		assertThat(comm.meanRequired()).isEqualTo(3.0);
		assertThat(comm.meanAssessed()).isEqualTo(2.0);
		assertThat(comm.meanGap()).isEqualTo(1.0);
		assertThat(comm.shareBelow()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(comm.kpiObservations()).isEqualTo(3);
		assertThat(comm.kpiShareBelowTarget()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(comm.score()).isCloseTo(5.0 / 3, within(1e-12));
		Gap exec = gaps.get(1);
		assertThat(exec.meanGap()).isEqualTo(0.25);
		assertThat(exec.shareBelow()).isEqualTo(0.25);
		assertThat(exec.kpiShareBelowTarget()).isNull();
		assertThat(exec.kpiObservations()).isZero();
		assertThat(exec.score()).isEqualTo(0.25);
	}

	@Test
	void aLevelAboveTheRequirementDoesNotHideOthersGaps() {
		List<Gap> gaps = NeedAnalysis.analyse(List.of(
				learner(Map.of("COMM", 3), Map.of("COMM", 5), Map.of()),
				learner(Map.of("COMM", 3), Map.of("COMM", 1), Map.of())), List.of());

		assertThat(gaps.get(0).meanGap()).isEqualTo(1.0); // (0 + 2) / 2, not (−2 + 2) / 2
		assertThat(gaps.get(0).meanAssessed()).isEqualTo(3.0);
	}

	@Test
	void higherIsBetterKpisMissWhenBelowTarget() {
		Kpi adoption = new Kpi("plan-adoption", Direction.HIGHER_IS_BETTER, 0.65, Set.of("COMM"));
		List<Gap> gaps = NeedAnalysis.analyse(List.of(
				learner(Map.of("COMM", 3), Map.of(), Map.of("plan-adoption", 0.50)),
				learner(Map.of("COMM", 3), Map.of(), Map.of("plan-adoption", 0.70)),
				learner(Map.of("COMM", 3), Map.of(), Map.of("plan-adoption", 0.65))), List.of(adoption));

		assertThat(gaps.get(0).kpiShareBelowTarget()).isCloseTo(1.0 / 3, within(1e-12)); // 0.65 meets the target
	}

	@Test
	void numbersWithoutADenominatorAreNull() {
		Learner unassessed = new Learner(UUID.randomUUID(), Map.of("COMM", 3), Map.of(), Map.of());

		Gap gap = NeedAnalysis.analyse(List.of(unassessed), List.of(ORDER_ERROR_RATE)).get(0);

		assertThat(gap.n()).isEqualTo(1);
		assertThat(gap.assessed()).isZero();
		assertThat(gap.meanGap()).isNull();
		assertThat(gap.shareBelow()).isNull();
		assertThat(gap.meanAssessed()).isNull();
		assertThat(gap.kpiShareBelowTarget()).isNull();
		assertThat(gap.score()).isZero();
	}

	@Test
	void noLearnersGiveNoGaps() {
		assertThat(NeedAnalysis.analyse(List.of(), List.of(ORDER_ERROR_RATE))).isEmpty();
	}

	static Stream<Long> seeds() {
		return LongStream.range(1, 41).boxed();
	}

	/** Invariants over random data: bounds of every share and gap, and the ranking order. */
	@ParameterizedTest
	@MethodSource("seeds")
	void invariantsHoldOnRandomData(long seed) {
		Random random = new Random(seed);
		List<String> codes = List.of("A", "B", "C", "D");
		List<Kpi> kpis = List.of(new Kpi("k1", Direction.LOWER_IS_BETTER, 0.1, Set.of("A", "B")),
				new Kpi("k2", Direction.HIGHER_IS_BETTER, 0.6, Set.of("C")));
		List<Learner> learners = new ArrayList<>();
		IntStream.range(0, 1 + random.nextInt(30)).forEach(i -> {
			Map<String, Integer> required = new HashMap<>();
			Map<String, Integer> assessed = new HashMap<>();
			codes.forEach(c -> {
				if (random.nextInt(4) > 0) {
					required.put(c, 1 + random.nextInt(5));
					if (random.nextInt(3) > 0) {
						assessed.put(c, 1 + random.nextInt(5));
					}
				}
			});
			Map<String, Double> values = new HashMap<>();
			if (random.nextBoolean()) {
				values.put("k1", random.nextDouble() * 0.3);
			}
			if (random.nextBoolean()) {
				values.put("k2", random.nextDouble());
			}
			learners.add(new Learner(UUID.randomUUID(), required, assessed, values));
		});

		List<Gap> gaps = NeedAnalysis.analyse(learners, kpis);

		for (Gap g : gaps) {
			assertThat(g.assessed()).isBetween(0, g.n());
			if (g.meanGap() != null) {
				assertThat(g.meanGap()).isBetween(0.0, 4.0);
				assertThat(g.shareBelow()).isBetween(0.0, 1.0);
				assertThat(g.meanGap() > 0).isEqualTo(g.shareBelow() > 0);
			}
			if (g.kpiShareBelowTarget() != null) {
				assertThat(g.kpiShareBelowTarget()).isBetween(0.0, 1.0);
			}
			assertThat(g.score()).isGreaterThanOrEqualTo(0.0);
		}
		for (int i = 1; i < gaps.size(); i++) {
			assertThat(gaps.get(i - 1).score()).isGreaterThanOrEqualTo(gaps.get(i).score());
		}
	}

	private static Learner learner(Map<String, Integer> required, Map<String, Integer> assessed, Map<String, Double> kpis) {
		return new Learner(UUID.randomUUID(), required, assessed, kpis);
	}
}
