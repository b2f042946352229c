package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.RegionId;
import io.cotrain.training.group.GroupFormation.Formation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style checks over seeded random instances: the optimal assignment equals brute force on small instances
 * (groups: clerks placed, cadres given a group, total score; mentors: mentees matched, total score), and no rule is
 * ever broken — group size, regions, one group per person, mentor capacity (including mentees a mentor already has).
 */
class AssignmentPropertyTest {

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj(i -> 7919L * i + 17);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theHungarianAlgorithmFindsTheBestAssignment(long seed) {
		Random random = new Random(seed);
		int rows = random.nextInt(6);
		int columns = random.nextInt(6);
		long[][] weights = new long[rows][columns];
		for (long[] row : weights) {
			for (int c = 0; c < columns; c++) {
				row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
			}
		}
		int[] chosen = OptimalAssignment.maximise(weights);

		boolean[] taken = new boolean[columns];
		long total = 0;
		for (int r = 0; r < rows; r++) {
			if (chosen[r] >= 0) {
				assertThat(taken[chosen[r]]).as("column used twice").isFalse();
				assertThat(weights[r][chosen[r]]).as("a forbidden (0) pair").isPositive();
				taken[chosen[r]] = true;
				total += weights[r][chosen[r]];
			}
		}
		assertThat(total).isEqualTo(bruteForce(weights, 0, new boolean[columns]));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void groupsAreOptimalAndKeepEveryRule(long seed) {
		Random random = new Random(seed);
		int k = 1 + random.nextInt(3);
		GroupRules rules = GroupRules.defaults(k).withCrossRegion(random.nextInt(4) == 0);
		Scoring scoring = new Scoring(rules, People.tree());
		List<EmployeeView> clerks = people(random, "1", RoleType.CLERK, random.nextInt(7));
		List<EmployeeView> cadres = people(random, "2", RoleType.CADRE, random.nextInt(4));

		Formation formation = new GroupFormation(scoring).form(clerks, cadres);

		List<String> seen = new ArrayList<>();
		int placed = 0;
		for (GroupFormation.Formed group : formation.groups()) {
			assertThat(group.clerks()).hasSizeBetween(1, k);
			seen.add(group.cadre().employeeNo());
			for (GroupFormation.Placed clerk : group.clerks()) {
				assertThat(scoring.canPair(clerk.clerk(), group.cadre())).isTrue();
				seen.add(clerk.clerk().employeeNo());
				placed++;
			}
		}
		formation.leftOut().forEach(l -> seen.add(l.employee().employeeNo()));
		assertThat(seen).as("everyone once: in a group or left out").doesNotHaveDuplicates().hasSize(clerks.size() + cadres.size());

		int[] best = bestGroups(scoring, k, clerks, cadres);
		assertThat(new int[] { placed, formation.groups().size(), formation.total() }).as("placed, cadres with a group, score")
			.containsExactly(best);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void mentorsAreOptimalAndNeverOverCapacity(long seed) {
		Random random = new Random(seed);
		Scoring scoring = new Scoring(GroupRules.defaults(2), People.tree());
		List<EmployeeView> mentors = people(random, "3", RoleType.SUPERVISOR, random.nextInt(4));
		List<EmployeeView> mentees = new ArrayList<>();
		for (EmployeeView clerk : people(random, "1", RoleType.CLERK, random.nextInt(8))) {
			EmployeeView manager = mentors.isEmpty() || random.nextBoolean() ? null : mentors.get(random.nextInt(mentors.size()));
			mentees.add(People.person(clerk.employeeNo(), RoleType.CLERK, clerk.region(), null, manager,
					clerk.tags().stream().map(t -> t.type() + ":" + t.name()).toArray(String[]::new)));
		}
		Map<EmployeeId, Integer> load = new HashMap<>();
		Map<EmployeeId, Integer> capacity = new HashMap<>();
		mentors.forEach(m -> {
			capacity.put(m.id(), 1 + random.nextInt(3));
			load.put(m.id(), random.nextInt(3));
		});

		MentorMatching.Result result = new MentorMatching(scoring).match(mentees, RoleType.CLERK, mentors, RoleType.SUPERVISOR, load,
				m -> capacity.get(m.id()));

		Map<EmployeeId, Integer> taken = new HashMap<>();
		int score = 0;
		for (EmployeeView mentee : mentees) {
			MentorMatching.Match match = result.mentors().get(mentee.id());
			assertThat(match != null ^ result.unmatched().containsKey(mentee.id())).as("matched or listed with a reason").isTrue();
			if (match != null) {
				assertThat(match.mentor().region()).isEqualTo(mentee.region());
				taken.merge(match.mentor().id(), 1, Integer::sum);
				score += match.scored().points();
			}
		}
		taken.forEach((mentor, count) -> assertThat(load.get(mentor) + count).as("capacity").isLessThanOrEqualTo(capacity.get(mentor)));
		int[] best = bestMentors(scoring, mentees, 0, mentors, new HashMap<>(load), capacity);
		assertThat(new int[] { result.mentors().size(), score }).as("matched, score").containsExactly(best);
	}

	// ---- instances ----

	private static List<EmployeeView> people(Random random, String prefix, RoleType role, int count) {
		List<OrgUnitView> units = People.UNITS;
		List<String> tags = List.of("SCENARIO:订单流程协同", "SCENARIO:库存盘点", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加",
				"SKILL:ERP操作", "MENTOR_SPECIALTY:ERP操作", "MENTOR_SPECIALTY:订单流程协同");
		List<EmployeeView> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RegionId region = random.nextInt(4) == 0 ? People.SOUTH : People.EAST;
			String[] chosen = tags.stream().filter(t -> random.nextInt(3) == 0).toArray(String[]::new);
			people.add(People.person(prefix + String.format("%02d", random.nextInt(100)) + i, role, region,
					units.get(random.nextInt(units.size())), null, chosen));
		}
		return people;
	}

	// ---- brute force ----

	private static long bruteForce(long[][] weights, int row, boolean[] taken) {
		if (row == weights.length) {
			return 0;
		}
		long best = bruteForce(weights, row + 1, taken);
		for (int c = 0; c < taken.length; c++) {
			if (!taken[c] && weights[row][c] > 0) {
				taken[c] = true;
				best = Math.max(best, weights[row][c] + bruteForce(weights, row + 1, taken));
				taken[c] = false;
			}
		}
		return best;
	}

	/** The lexicographically best (clerks placed, cadres with a group, total score) over every assignment. */
	private static int[] bestGroups(Scoring scoring, int k, List<EmployeeView> clerks, List<EmployeeView> cadres) {
		int[] best = { 0, 0, 0 };
		enumerate(scoring, k, clerks, cadres, 0, new int[cadres.size()], 0, 0, best);
		return best;
	}

	private static void enumerate(Scoring scoring, int k, List<EmployeeView> clerks, List<EmployeeView> cadres, int i, int[] size,
			int placed, int score, int[] best) {
		if (i == clerks.size()) {
			int covered = (int) IntStream.of(size).filter(s -> s > 0).count();
			int[] candidate = { placed, covered, score };
			if (java.util.Arrays.compare(candidate, best) > 0) {
				System.arraycopy(candidate, 0, best, 0, 3);
			}
			return;
		}
		enumerate(scoring, k, clerks, cadres, i + 1, size, placed, score, best);
		for (int j = 0; j < cadres.size(); j++) {
			if (size[j] < k && scoring.canPair(clerks.get(i), cadres.get(j))) {
				size[j]++;
				enumerate(scoring, k, clerks, cadres, i + 1, size, placed + 1, score + scoring.pair(clerks.get(i), cadres.get(j)).points(),
						best);
				size[j]--;
			}
		}
	}

	/** The lexicographically best (mentees matched, total score) within the capacities. */
	private static int[] bestMentors(Scoring scoring, List<EmployeeView> mentees, int i, List<EmployeeView> mentors,
			Map<EmployeeId, Integer> load, Map<EmployeeId, Integer> capacity) {
		if (i == mentees.size()) {
			return new int[] { 0, 0 };
		}
		int[] best = bestMentors(scoring, mentees, i + 1, mentors, load, capacity);
		for (EmployeeView mentor : mentors) {
			if (scoring.canMentor(mentees.get(i), mentor) && load.get(mentor.id()) < capacity.get(mentor.id())) {
				load.merge(mentor.id(), 1, Integer::sum);
				int[] rest = bestMentors(scoring, mentees, i + 1, mentors, load, capacity);
				load.merge(mentor.id(), -1, Integer::sum);
				int[] candidate = { rest[0] + 1, rest[1] + scoring.mentor(mentees.get(i), mentor).points() };
				if (java.util.Arrays.compare(candidate, best) > 0) {
					best = candidate;
				}
			}
		}
		return best;
	}
}
