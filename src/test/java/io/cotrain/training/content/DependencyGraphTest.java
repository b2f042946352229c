package io.cotrain.training.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cycle detection of step dependencies (edges: step → the steps it requires). */
class DependencyGraphTest {

	@Test
	void aRequiresBThenBRequiresAIsACycle() {
		DependencyGraph<String> graph = new DependencyGraph<>(Map.of("A", List.of("B")));

		assertThat(graph.cycleIfAdded("B", "A")).containsExactly("B", "A", "B");
	}

	@Test
	void aLongerCycleIsReportedWithEveryStepOnIt() {
		DependencyGraph<String> graph = new DependencyGraph<>(Map.of("A", List.of("B"), "B", List.of("C", "X"), "C", List.of("D")));

		assertThat(graph.cycleIfAdded("D", "A")).containsExactly("D", "A", "B", "C", "D");
	}

	@Test
	void aDiamondIsNoCycle() {
		DependencyGraph<String> graph = new DependencyGraph<>(Map.of("D", List.of("B", "C"), "B", List.of("A"), "C", List.of("A")));

		assertThat(graph.cycleIfAdded("D", "A")).isEmpty();
		assertThat(graph.cycleIfAdded("E", "D")).isEmpty();
		assertThat(graph.cycleIfAdded("A", "A")).containsExactly("A", "A");
	}

	/** On random DAGs (edges only from higher to lower numbers): a backward edge never closes a cycle, a forward one exactly when reachable. */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void agreesWithReachabilityOnRandomGraphs(long seed) {
		Random random = new Random(seed);
		int n = 12;
		Map<Integer, List<Integer>> edges = new HashMap<>();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				if (random.nextInt(4) == 0) {
					edges.computeIfAbsent(i, k -> new java.util.ArrayList<>()).add(j);
				}
			}
		}
		DependencyGraph<Integer> graph = new DependencyGraph<>(edges);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				List<Integer> cycle = graph.cycleIfAdded(i, j);
				if (i > j) {
					assertThat(cycle).as(i + "→" + j).isEmpty();
				}
				else {
					assertThat(cycle.isEmpty()).as(i + "→" + j).isEqualTo(i != j && !reachable(edges, j, i));
					if (!cycle.isEmpty()) {
						assertThat(cycle.get(0)).isEqualTo(i);
						assertThat(cycle.get(cycle.size() - 1)).isEqualTo(i);
						for (int k = 1; k + 1 < cycle.size(); k++) {
							assertThat(edges.getOrDefault(cycle.get(k), List.of())).contains(cycle.get(k + 1));
						}
					}
				}
			}
		}
	}

	private static boolean reachable(Map<Integer, List<Integer>> edges, int from, int to) {
		java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(from));
		Set<Integer> seen = new java.util.HashSet<>();
		while (!todo.isEmpty()) {
			int node = todo.pop();
			if (node == to) {
				return true;
			}
			if (seen.add(node)) {
				todo.addAll(edges.getOrDefault(node, List.of()));
			}
		}
		return false;
	}
}
