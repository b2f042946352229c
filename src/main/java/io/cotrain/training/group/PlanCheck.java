package io.cotrain.training.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.RegionId;

/**
 * The rules a saved group keeps, whoever formed it: learners are active clerks / cadres of the programme's regions in no
 * other group of it, a group has 1..k clerks of the cadre's region (unless the tenant allows groups across regions),
 * mentors are active supervisors (of clerks) / managers (of cadres) of the mentee's region with room left. Collects
 * every violation with its field, then {@link #throwIfAny()}.
 */
final class PlanCheck {

	private final Scoring scoring;
	private final Set<RegionId> regions;
	private final Set<EmployeeId> grouped;
	private final Map<EmployeeId, Integer> load;
	private final Groups.Capacities capacities;
	private final Map<EmployeeId, EmployeeView> people;
	private final Set<EmployeeId> placed = new HashSet<>();
	private final Map<EmployeeId, Integer> added = new HashMap<>();
	private final List<Violation> violations = new ArrayList<>();

	PlanCheck(Scoring scoring, Set<RegionId> regions, Set<EmployeeId> grouped, Map<EmployeeId, Integer> load, Groups.Capacities capacities,
			Map<EmployeeId, EmployeeView> people) {
		this.scoring = scoring;
		this.regions = regions;
		this.grouped = grouped;
		this.load = load;
		this.capacities = capacities;
		this.people = people;
	}

	void check(List<GroupPlan> plans) {
		int k = scoring.rules().clerksPerCadre();
		for (int i = 0; i < plans.size(); i++) {
			GroupPlan plan = plans.get(i);
			String field = "groups[" + i + "]";
			EmployeeView cadre = requireLearner(plan.cadre(), RoleType.CADRE, field + ".cadre");
			if (cadre != null && plan.cadreMentor() != null) {
				requireMentor(cadre, plan.cadreMentor(), RoleType.MANAGER, field + ".cadreMentor");
			}
			if (plan.clerks().isEmpty() || plan.clerks().size() > k) {
				violations.add(new Violation(field + ".clerks", "training.group.size", k));
			}
			for (int j = 0; j < plan.clerks().size(); j++) {
				GroupPlan.ClerkPlan clerkPlan = plan.clerks().get(j);
				String clerkField = field + ".clerks[" + j + "]";
				EmployeeView clerk = requireLearner(clerkPlan.clerk(), RoleType.CLERK, clerkField + ".clerk");
				if (clerk != null && cadre != null && !scoring.canPair(clerk, cadre)) {
					violations.add(new Violation(clerkField + ".clerk", "training.group.differentRegion"));
				}
				if (clerk != null && clerkPlan.mentor() != null) {
					requireMentor(clerk, clerkPlan.mentor(), RoleType.SUPERVISOR, clerkField + ".mentor");
				}
			}
		}
		throwIfAny();
	}

	/** The active learner of the role, in the programme's regions and no group yet; null (and a violation) otherwise. */
	EmployeeView requireLearner(EmployeeId id, RoleType role, String field) {
		EmployeeView person = id == null ? null : people.get(id);
		if (person == null || !person.isActive()) {
			violations.add(new Violation(field, "training.group.unknownEmployee"));
			return null;
		}
		if (person.roleType() != role) {
			violations.add(new Violation(field, "training.group.wrongRole." + role, person.employeeNo()));
			return null;
		}
		if (!regions.contains(person.region())) {
			violations.add(new Violation(field, "training.group.outsideProgramme", person.employeeNo()));
			return null;
		}
		if (grouped.contains(id) || !placed.add(id)) {
			violations.add(new Violation(field, "training.group.alreadyGrouped", person.employeeNo()));
			return null;
		}
		return person;
	}

	/** An active mentor of the role in the mentee's region with room for one more mentee (counting this check's). */
	void requireMentor(EmployeeView mentee, EmployeeId id, RoleType role, String field) {
		EmployeeView mentor = people.get(id);
		if (mentor == null || !mentor.isActive()) {
			violations.add(new Violation(field, "training.group.unknownEmployee"));
		}
		else if (mentor.roleType() != role) {
			violations.add(new Violation(field, "training.mentor.wrongRole." + role, mentor.employeeNo()));
		}
		else if (!scoring.canMentor(mentee, mentor)) {
			violations.add(new Violation(field, "training.mentor.differentRegion", mentor.employeeNo()));
		}
		else {
			int capacity = capacities.of(mentor);
			int count = load.getOrDefault(id, 0) + added.merge(id, 1, Integer::sum);
			if (count > capacity) {
				violations.add(new Violation(field, "training.mentor.full", mentor.name(), capacity));
			}
		}
	}

	EmployeeView person(EmployeeId id) {
		return people.get(id);
	}

	void throwIfAny() {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}
}
