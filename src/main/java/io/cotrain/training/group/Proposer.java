package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;

/**
 * A whole proposal without Spring: groups first ({@link GroupFormation}), then dual mentors for the people placed
 * ({@link MentorMatching}: supervisors for clerks, managers for cadres).
 */
final class Proposer {

	/**
	 * Who may be grouped and who may mentor.
	 *
	 * @param mentorLoad mentees each mentor has already
	 * @param capacity a mentor's capacity
	 */
	record Pool(Collection<EmployeeView> clerks, Collection<EmployeeView> cadres, Collection<EmployeeView> supervisors,
			Collection<EmployeeView> managers, Map<EmployeeId, Integer> mentorLoad, ToIntFunction<EmployeeView> capacity) {
	}

	private final Scoring scoring;

	Proposer(GroupRules rules, OrgTree tree) {
		this.scoring = new Scoring(rules, tree);
	}

	Proposal propose(Pool pool) {
		GroupFormation.Formation formation = new GroupFormation(scoring).form(pool.clerks(), pool.cadres());
		List<EmployeeView> placedClerks = formation.groups().stream().flatMap(g -> g.clerks().stream())
			.map(GroupFormation.Placed::clerk).toList();
		List<EmployeeView> placedCadres = formation.groups().stream().map(GroupFormation.Formed::cadre).toList();
		MentorMatching matching = new MentorMatching(scoring);
		MentorMatching.Result supervisors = matching.match(placedClerks, RoleType.CLERK, pool.supervisors(), RoleType.SUPERVISOR,
				pool.mentorLoad(), pool.capacity());
		MentorMatching.Result managers = matching.match(placedCadres, RoleType.CADRE, pool.managers(), RoleType.MANAGER,
				pool.mentorLoad(), pool.capacity());

		List<Proposal.Group> groups = new ArrayList<>();
		List<LeftOut> leftOut = new ArrayList<>(formation.leftOut());
		for (GroupFormation.Formed formed : formation.groups()) {
			List<GroupClerk> clerks = new ArrayList<>();
			for (GroupFormation.Placed placed : formed.clerks()) {
				MentorMatching.Match mentor = supervisors.mentors().get(placed.clerk().id());
				clerks.add(new GroupClerk(Person.of(placed.clerk()), placed.scored().points(), placed.scored().reasons(),
						mentor == null ? null : Person.of(mentor.mentor()), mentor == null ? List.of() : mentor.scored().reasons()));
			}
			MentorMatching.Match mentor = managers.mentors().get(formed.cadre().id());
			groups.add(new Proposal.Group(Person.of(formed.cadre()), mentor == null ? null : Person.of(mentor.mentor()),
					mentor == null ? List.of() : mentor.scored().reasons(), formed.score(), clerks));
		}
		leftOut.addAll(supervisors.unmatched().values());
		leftOut.addAll(managers.unmatched().values());
		leftOut.sort(Comparator.comparing((LeftOut l) -> l.topic()).thenComparing(l -> l.employee().employeeNo()));
		return new Proposal(formation.total(), groups, leftOut);
	}
}
