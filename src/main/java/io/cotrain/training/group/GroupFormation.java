package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.RegionId;

/**
 * Forms collaboration groups of one cadre and 1..k clerks by an optimal assignment (not greedy): clerks are rows, every
 * cadre offers k slots as columns, and {@link OptimalAssignment} maximises, in this order of priority,
 * <ol>
 * <li>the number of clerks placed,</li>
 * <li>the number of cadres who get a group (a cadre's first slot carries a bonus, so no cadre gets a second clerk
 * while another eligible cadre has none),</li>
 * <li>the total pair score ({@link Scoring#pair}),</li>
 * <li>ties: lower employee numbers first (clerks to be placed, cadres to get a group).</li>
 * </ol>
 * The priorities are one weight: {@code ((place + cover·[first slot] + score)·F) + tie}, each level larger than
 * everything below it can add up to. When groups may not span regions, every region is solved on its own (the
 * optimum is the sum of the regions' optima), which keeps the matrices small. Inputs are sorted by employee number,
 * so the same people give the same groups in whatever order they come.
 */
final class GroupFormation {

	/** A group: the cadre and its clerks with their scores. */
	record Formed(EmployeeView cadre, List<Placed> clerks) {

		int score() {
			return clerks.stream().mapToInt(c -> c.scored().points()).sum();
		}
	}

	record Placed(EmployeeView clerk, Scoring.Scored scored) {
	}

	record Formation(List<Formed> groups, List<LeftOut> leftOut) {

		int total() {
			return groups.stream().mapToInt(Formed::score).sum();
		}
	}

	static final Comparator<EmployeeView> BY_NUMBER = Comparator.comparing(EmployeeView::employeeNo)
		.thenComparing(e -> e.id().value());

	private final Scoring scoring;

	GroupFormation(Scoring scoring) {
		this.scoring = scoring;
	}

	Formation form(Collection<EmployeeView> clerkPool, Collection<EmployeeView> cadrePool) {
		List<EmployeeView> clerks = distinctSorted(clerkPool);
		List<EmployeeView> cadres = distinctSorted(cadrePool);
		Map<EmployeeId, EmployeeView> cadreOf = new HashMap<>();
		if (scoring.rules().crossRegion()) {
			cadreOf.putAll(solve(clerks, cadres));
		}
		else {
			Map<RegionId, List<EmployeeView>> clerksByRegion = byRegion(clerks);
			Map<RegionId, List<EmployeeView>> cadresByRegion = byRegion(cadres);
			clerksByRegion.forEach((region, regionClerks) -> cadreOf.putAll(solve(regionClerks,
					cadresByRegion.getOrDefault(region, List.of()))));
		}
		List<Formed> groups = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>();
		for (EmployeeView cadre : cadres) {
			List<Placed> members = clerks.stream().filter(c -> cadre.equals(cadreOf.get(c.id())))
				.map(c -> new Placed(c, scoring.pair(c, cadre))).toList();
			if (members.isEmpty()) {
				leftOut.add(cadreLeftOut(cadre, clerks));
			}
			else {
				groups.add(new Formed(cadre, members));
			}
		}
		clerks.stream().filter(c -> !cadreOf.containsKey(c.id())).forEach(c -> leftOut.add(clerkLeftOut(c, cadres)));
		return new Formation(groups, leftOut);
	}

	/** The optimal assignment of one independent part: clerk id → cadre. */
	private Map<EmployeeId, EmployeeView> solve(List<EmployeeView> clerks, List<EmployeeView> cadres) {
		int n = clerks.size();
		int m = cadres.size();
		int k = scoring.rules().clerksPerCadre();
		if (n == 0 || m == 0) {
			return Map.of();
		}
		int[][] points = new int[n][m];
		long best = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				points[i][j] = scoring.canPair(clerks.get(i), cadres.get(j)) ? scoring.pair(clerks.get(i), cadres.get(j)).points() : -1;
				best = Math.max(best, points[i][j]);
			}
		}
		Lexicographic weights;
		try {
			long cover = Math.addExact(Math.multiplyExact(n, best), 1);
			long place = Math.multiplyExact(m + 1L, cover);
			long ties = (long) n * (n + 1) / 2 + (long) m * (m + 1) / 2 + 1;
			weights = new Lexicographic(place, cover, ties);
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("too many people to group at once: " + n + " clerks, " + m + " cadres", e);
		}
		long[][] matrix = new long[n][m * k];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				for (int slot = 0; slot < k; slot++) {
					matrix[i][j * k + slot] = points[i][j] < 0 ? 0
							: weights.of(slot == 0, points[i][j], (n - i) + (slot == 0 ? m - j : 0));
				}
			}
		}
		int[] chosen = OptimalAssignment.maximise(matrix);
		Map<EmployeeId, EmployeeView> cadreOf = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (chosen[i] >= 0) {
				cadreOf.put(clerks.get(i).id(), cadres.get(chosen[i] / k));
			}
		}
		return cadreOf;
	}

	/** {@code (place + cover·[bonus] + score)·(ties) + tie}, checked for overflow. */
	private record Lexicographic(long place, long cover, long ties) {

		long of(boolean bonus, int score, long tie) {
			try {
				return Math.addExact(Math.multiplyExact(Math.addExact(place, (bonus ? cover : 0) + score), ties), tie);
			}
			catch (ArithmeticException e) {
				throw new IllegalArgumentException("too many people to group at once", e);
			}
		}
	}

	private LeftOut clerkLeftOut(EmployeeView clerk, List<EmployeeView> cadres) {
		long eligible = cadres.stream().filter(c -> scoring.canPair(clerk, c)).count();
		String reason = cadres.isEmpty() ? "training.group.leftOut.clerk.noCadres"
				: eligible == 0 ? "training.group.leftOut.clerk.otherRegionsOnly" : "training.group.leftOut.clerk.cadresFull";
		List<String> args = eligible == 0 ? List.of()
				: List.of(String.valueOf(eligible), String.valueOf(scoring.rules().clerksPerCadre()));
		return new LeftOut(Person.of(clerk), RoleType.CLERK, LeftOut.Topic.GROUP, reason, args);
	}

	private LeftOut cadreLeftOut(EmployeeView cadre, List<EmployeeView> clerks) {
		long eligible = clerks.stream().filter(c -> scoring.canPair(c, cadre)).count();
		String reason = clerks.isEmpty() ? "training.group.leftOut.cadre.noClerks"
				: eligible == 0 ? "training.group.leftOut.cadre.otherRegionsOnly" : "training.group.leftOut.cadre.clerksTaken";
		return new LeftOut(Person.of(cadre), RoleType.CADRE, LeftOut.Topic.GROUP, reason,
				eligible == 0 ? List.of() : List.of(String.valueOf(eligible)));
	}

	static List<EmployeeView> distinctSorted(Collection<EmployeeView> people) {
		return people.stream().collect(Collectors.toMap(EmployeeView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
			.values().stream().sorted(BY_NUMBER).toList();
	}

	static Map<RegionId, List<EmployeeView>> byRegion(List<EmployeeView> people) {
		return people.stream().collect(Collectors.groupingBy(EmployeeView::region, LinkedHashMap::new, Collectors.toList()));
	}
}
