package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.RegionId;

/**
 * Gives mentees mentors of one kind (clerks frontline supervisors, cadres department managers) by an optimal
 * assignment: every mentor offers as many slots as its remaining capacity (capacity − mentees it already has), so a
 * mentor's capacity is never exceeded; mentor and mentee must work in the same region. Maximised, in this order:
 * mentees who get a mentor, the total mentor score ({@link Scoring#mentor}: own line manager, matching specialties),
 * then ties — lower employee numbers first, and among equal mentors the less loaded one (so equal mentors share the
 * work). Every region is solved on its own.
 */
final class MentorMatching {

	record Match(EmployeeView mentor, Scoring.Scored scored) {
	}

	/** Mentor per mentee id, and mentees without one with the reason. */
	record Result(Map<EmployeeId, Match> mentors, Map<EmployeeId, LeftOut> unmatched) {
	}

	private final Scoring scoring;

	MentorMatching(Scoring scoring) {
		this.scoring = scoring;
	}

	/**
	 * @param mentorRole SUPERVISOR or MANAGER (names the reasons)
	 * @param load mentees each mentor has already (missing: none)
	 * @param capacity each mentor's capacity
	 */
	Result match(Collection<EmployeeView> menteePool, RoleType menteeRole, Collection<EmployeeView> mentorPool, RoleType mentorRole,
			Map<EmployeeId, Integer> load, ToIntFunction<EmployeeView> capacity) {
		List<EmployeeView> mentees = GroupFormation.distinctSorted(menteePool);
		List<EmployeeView> mentors = GroupFormation.distinctSorted(mentorPool);
		Map<EmployeeId, Match> matched = new HashMap<>();
		Map<RegionId, List<EmployeeView>> mentorsByRegion = GroupFormation.byRegion(mentors);
		GroupFormation.byRegion(mentees).forEach((region, regional) -> matched.putAll(
				solve(regional, mentorsByRegion.getOrDefault(region, List.of()), load, capacity)));
		Map<EmployeeId, LeftOut> unmatched = new HashMap<>();
		for (EmployeeView mentee : mentees) {
			if (!matched.containsKey(mentee.id())) {
				long eligible = mentors.stream().filter(m -> scoring.canMentor(mentee, m)).count();
				String kind = mentors.isEmpty() ? "none" : eligible == 0 ? "otherRegionsOnly" : "full";
				unmatched.put(mentee.id(), new LeftOut(Person.of(mentee), menteeRole, LeftOut.Topic.MENTOR,
						"training.mentor.leftOut." + kind + "." + mentorRole, eligible == 0 ? List.of() : List.of(String.valueOf(eligible))));
			}
		}
		return new Result(matched, unmatched);
	}

	private Map<EmployeeId, Match> solve(List<EmployeeView> mentees, List<EmployeeView> mentors, Map<EmployeeId, Integer> load,
			ToIntFunction<EmployeeView> capacity) {
		int n = mentees.size();
		record Slot(int mentor, int index) {
		}
		List<Slot> slots = new ArrayList<>();
		int maxCapacity = 0;
		for (int j = 0; j < mentors.size(); j++) {
			int cap = capacity.applyAsInt(mentors.get(j));
			int used = load.getOrDefault(mentors.get(j).id(), 0);
			maxCapacity = Math.max(maxCapacity, cap);
			for (int s = used; s < cap && s - used < n; s++) {
				slots.add(new Slot(j, s));
			}
		}
		if (n == 0 || slots.isEmpty()) {
			return Map.of();
		}
		int[][] points = new int[n][mentors.size()];
		long best = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < mentors.size(); j++) {
				points[i][j] = scoring.canMentor(mentees.get(i), mentors.get(j)) ? scoring.mentor(mentees.get(i), mentors.get(j)).points() : -1;
				best = Math.max(best, points[i][j]);
			}
		}
		long[][] matrix = new long[n][slots.size()];
		try {
			long place = Math.addExact(Math.multiplyExact(n, best), 1);
			long ties = (long) n * (n + 1) / 2 + (long) n * (maxCapacity + 1) + 1;
			for (int i = 0; i < n; i++) {
				for (int c = 0; c < slots.size(); c++) {
					Slot slot = slots.get(c);
					int p = points[i][slot.mentor()];
					matrix[i][c] = p < 0 ? 0 : Math.addExact(Math.multiplyExact(place + p, ties), (n - i) + (maxCapacity - slot.index()));
				}
			}
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("too many mentees to match at once: " + n, e);
		}
		int[] chosen = OptimalAssignment.maximise(matrix);
		Map<EmployeeId, Match> matched = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (chosen[i] >= 0) {
				EmployeeView mentor = mentors.get(slots.get(chosen[i]).mentor());
				matched.put(mentees.get(i).id(), new Match(mentor, scoring.mentor(mentees.get(i), mentor)));
			}
		}
		return matched;
	}
}
