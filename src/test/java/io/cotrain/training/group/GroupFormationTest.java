package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.training.group.GroupFormation.Formation;
import org.junit.jupiter.api.Test;

import static io.cotrain.training.group.People.D2;
import static io.cotrain.training.group.People.SOUTH;
import static io.cotrain.training.group.People.T1;
import static io.cotrain.training.group.People.T2;
import static io.cotrain.training.group.People.T3;
import static io.cotrain.training.group.People.cadre;
import static io.cotrain.training.group.People.clerk;
import static io.cotrain.training.group.People.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GroupFormationTest {

	private static Scoring scoring(int k) {
		return new Scoring(GroupRules.defaults(k), People.tree());
	}

	private static Formation form(int k, List<EmployeeView> clerks, List<EmployeeView> cadres) {
		return new GroupFormation(scoring(k)).form(clerks, cadres);
	}

	/** Cadre number → clerk numbers. */
	private static Map<String, List<String>> groups(Formation formation) {
		Map<String, List<String>> groups = new HashMap<>();
		formation.groups().forEach(g -> groups.put(g.cadre().employeeNo(), g.clerks().stream().map(p -> p.clerk().employeeNo()).toList()));
		return groups;
	}

	/**
	 * The acceptance case. A fits both cadres, B only X; X is A's best. Taking the best pair first (A–X, 12) leaves B
	 * with Y (6): 18. The optimum gives X to B and Y to A: 11 + 11 = 22.
	 */
	@Test
	void theOptimalAssignmentBeatsTakingTheBestPairFirst() {
		EmployeeView a = clerk("A", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加");
		EmployeeView b = clerk("B", T1, "SCENARIO:库存盘点", "AVAILABILITY:周五下午可参加");
		EmployeeView x = cadre("X", T1, "SCENARIO:订单流程协同", "SCENARIO:库存盘点", "AVAILABILITY:晚间可学习",
				"AVAILABILITY:周五下午可参加");
		EmployeeView y = cadre("Y", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习");
		Scoring scoring = scoring(1);
		// region 3 + same unit 3 + scenario 4 + availability 1 per shared tag
		assertThat(scoring.pair(a, x).points()).isEqualTo(12);
		assertThat(scoring.pair(a, y).points()).isEqualTo(11);
		assertThat(scoring.pair(b, x).points()).isEqualTo(11);
		assertThat(scoring.pair(b, y).points()).isEqualTo(6);

		Formation optimal = form(1, List.of(a, b), List.of(x, y));

		assertThat(optimal.total()).isEqualTo(22);
		assertThat(groups(optimal)).isEqualTo(Map.of("X", List.of("B"), "Y", List.of("A")));
		assertThat(optimal.leftOut()).isEmpty();
		assertThat(Greedy.total(scoring, 1, List.of(a, b), List.of(x, y))).as("greedy").isEqualTo(18);
	}

	/**
	 * The same with k = 2: greedy fills X with A (12) and B (11) and leaves C the weak Y (6): 29. The optimum gives X to B
	 * and C and Y to A: 11 + 11 + 11 = 33.
	 */
	@Test
	void theOptimalAssignmentBeatsGreedyWithTwoClerksPerCadre() {
		EmployeeView a = clerk("A", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加");
		EmployeeView b = clerk("B", T1, "SCENARIO:库存盘点", "AVAILABILITY:周五下午可参加");
		EmployeeView c = clerk("C", T1, "SCENARIO:库存盘点", "AVAILABILITY:周五下午可参加");
		EmployeeView x = cadre("X", T1, "SCENARIO:订单流程协同", "SCENARIO:库存盘点", "AVAILABILITY:晚间可学习",
				"AVAILABILITY:周五下午可参加");
		EmployeeView y = cadre("Y", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习");
		Scoring scoring = scoring(2);

		Formation optimal = form(2, List.of(a, b, c), List.of(x, y));

		assertThat(optimal.total()).isEqualTo(33);
		assertThat(groups(optimal)).isEqualTo(Map.of("X", List.of("B", "C"), "Y", List.of("A")));
		assertThat(Greedy.total(scoring, 2, List.of(a, b, c), List.of(x, y))).as("greedy").isEqualTo(29);
	}

	@Test
	void kOneGivesTheSeedsPairs() {
		List<EmployeeView> clerks = List.of(clerk("101", T1), clerk("102", T2), clerk("103", T3));
		List<EmployeeView> cadres = List.of(cadre("201", T1), cadre("202", T2), cadre("203", T3));

		Formation formation = form(1, clerks, cadres);

		assertThat(groups(formation)).isEqualTo(Map.of("201", List.of("101"), "202", List.of("102"), "203", List.of("103")));
		assertThat(formation.leftOut()).isEmpty();
	}

	@Test
	void clerksBeyondTheSlotsAreLeftOutWithTheReason() {
		List<EmployeeView> clerks = List.of(clerk("101", T1), clerk("102", T1), clerk("103", T1), clerk("104", T1), clerk("105", T1));
		List<EmployeeView> cadres = List.of(cadre("201", T1), cadre("202", T1));

		Formation formation = form(2, clerks, cadres);

		assertThat(formation.groups()).allSatisfy(g -> assertThat(g.clerks()).hasSize(2));
		// equal scores: the lower employee numbers are placed, the highest is left out
		assertThat(formation.leftOut()).extracting(l -> l.employee().employeeNo(), LeftOut::reason, LeftOut::args)
			.containsExactly(tuple("105", "training.group.leftOut.clerk.cadresFull", List.of("2", "2")));
	}

	@Test
	void peopleWithoutAPartnerInTheirRegionAreLeftOutWithTheReason() {
		EmployeeView southClerk = person("103", RoleType.CLERK, SOUTH, T3, null);
		EmployeeView southCadre = person("203", RoleType.CADRE, SOUTH, T3, null);
		EmployeeView eastClerk = clerk("101", T1);
		EmployeeView eastCadre = cadre("201", T1);
		EmployeeView secondEastCadre = cadre("202", T1);

		Formation formation = form(2, List.of(southClerk, eastClerk), List.of(eastCadre, secondEastCadre));

		assertThat(groups(formation)).isEqualTo(Map.of("201", List.of("101")));
		assertThat(formation.leftOut()).extracting(l -> l.employee().employeeNo(), LeftOut::role, LeftOut::reason, LeftOut::args)
			.containsExactlyInAnyOrder(tuple("202", RoleType.CADRE, "training.group.leftOut.cadre.clerksTaken", List.of("1")),
					tuple("103", RoleType.CLERK, "training.group.leftOut.clerk.otherRegionsOnly", List.of()));

		assertThat(form(2, List.of(), List.of(southCadre)).leftOut()).extracting(LeftOut::reason)
			.containsExactly("training.group.leftOut.cadre.noClerks");
		assertThat(form(2, List.of(eastClerk), List.of()).leftOut()).extracting(LeftOut::reason)
			.containsExactly("training.group.leftOut.clerk.noCadres");
		assertThat(form(2, List.of(eastClerk), List.of(southCadre)).leftOut()).extracting(LeftOut::reason)
			.containsExactlyInAnyOrder("training.group.leftOut.clerk.otherRegionsOnly", "training.group.leftOut.cadre.otherRegionsOnly");
	}

	@Test
	void groupsAcrossRegionsOnlyWhenTheTenantAllowsThemAndThenWithoutTheRegionPoints() {
		EmployeeView southClerk = person("103", RoleType.CLERK, SOUTH, T3, null);
		EmployeeView eastCadre = cadre("201", T3);
		Scoring across = new Scoring(GroupRules.defaults(2).withCrossRegion(true), People.tree());

		Formation formation = new GroupFormation(across).form(List.of(southClerk), List.of(eastCadre));

		assertThat(groups(formation)).isEqualTo(Map.of("201", List.of("103")));
		assertThat(formation.groups().get(0).clerks().get(0).scored().reasons()).extracting(Reason::key)
			.containsExactly("training.group.reason.sameUnit");
	}

	@Test
	void everyCadreGetsAGroupBeforeAnyCadreGetsASecondClerk() {
		// both clerks fit X far better than Y, but Y would otherwise have no group
		EmployeeView a = clerk("101", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加");
		EmployeeView b = clerk("102", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习");
		EmployeeView x = cadre("201", T1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加");
		EmployeeView y = cadre("202", T3);

		Formation formation = form(2, List.of(a, b), List.of(x, y));

		assertThat(formation.groups()).hasSize(2).allSatisfy(g -> assertThat(g.clerks()).hasSize(1));
		assertThat(groups(formation)).isEqualTo(Map.of("201", List.of("101"), "202", List.of("102")));
	}

	@Test
	void theReasonsNameWhatThePairShares() {
		EmployeeView a = clerk("101", T2, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "SKILL:ERP操作");
		EmployeeView x = cadre("201", People.D1, "SCENARIO:订单流程协同", "AVAILABILITY:晚间可学习", "AVAILABILITY:周五下午可参加");
		EmployeeView other = cadre("202", D2);

		assertThat(scoring(2).pair(a, x).reasons()).containsExactly(
				new Reason("training.group.reason.scenario", List.of("订单流程协同"), 4),
				new Reason("training.group.reason.region", List.of(), 3),
				new Reason("training.group.reason.sameParent", List.of(), 2),
				new Reason("training.group.reason.availability", List.of("晚间可学习"), 1));
		assertThat(scoring(2).pair(a, other).reasons()).extracting(Reason::key)
			.containsExactly("training.group.reason.region", "training.group.reason.sameCompany");
	}

	@Test
	void theSamePeopleInAnyOrderGiveTheSameGroups() {
		Random random = new Random(42);
		List<EmployeeView> clerks = new ArrayList<>();
		List<EmployeeView> cadres = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			clerks.add(clerk(String.format("1%02d", i), List.of(T1, T2, T3).get(random.nextInt(3)),
					random.nextBoolean() ? "AVAILABILITY:晚间可学习" : "AVAILABILITY:周五下午可参加"));
		}
		for (int i = 0; i < 5; i++) {
			cadres.add(cadre(String.format("2%02d", i), List.of(T1, T2, T3).get(random.nextInt(3)), "AVAILABILITY:晚间可学习"));
		}
		Formation first = form(2, clerks, cadres);
		for (int round = 0; round < 5; round++) {
			List<EmployeeView> shuffledClerks = new ArrayList<>(clerks);
			List<EmployeeView> shuffledCadres = new ArrayList<>(cadres);
			Collections.shuffle(shuffledClerks, random);
			Collections.shuffle(shuffledCadres, random);
			assertThat(form(2, shuffledClerks, shuffledCadres)).isEqualTo(first);
		}
		assertThat(first.groups()).extracting(g -> g.cadre().employeeNo()).isSorted();
	}

	/** Takes the best remaining eligible (clerk, cadre) pair while a cadre has room: what the optimum must beat. */
	static final class Greedy {

		static int total(Scoring scoring, int k, List<EmployeeView> clerks, List<EmployeeView> cadres) {
			Set<EmployeeId> placed = new HashSet<>();
			Map<EmployeeId, Integer> room = new HashMap<>();
			cadres.forEach(c -> room.put(c.id(), k));
			int total = 0;
			while (true) {
				int best = -1;
				EmployeeView bestClerk = null;
				EmployeeView bestCadre = null;
				for (EmployeeView clerk : clerks) {
					for (EmployeeView cadre : cadres) {
						if (!placed.contains(clerk.id()) && room.get(cadre.id()) > 0 && scoring.canPair(clerk, cadre)
								&& scoring.pair(clerk, cadre).points() > best) {
							best = scoring.pair(clerk, cadre).points();
							bestClerk = clerk;
							bestCadre = cadre;
						}
					}
				}
				if (bestClerk == null) {
					return total;
				}
				placed.add(bestClerk.id());
				room.merge(bestCadre.id(), -1, Integer::sum);
				total += best;
			}
		}
	}
}
