package io.cotrain.training.group;

import java.util.List;

/**
 * Proposed collaboration groups (not saved): each with its cadre, the cadre's mentor, the clerks with their mentors, the
 * points and the reasons, and everyone who could not be placed with the reason.
 *
 * @param totalScore the sum of the groups' scores, which the proposal maximises (after the number of clerks placed and
 * of cadres given a group)
 */
public record Proposal(int totalScore, List<Group> groups, List<LeftOut> leftOut) {

	public Proposal {
		groups = List.copyOf(groups);
		leftOut = List.copyOf(leftOut);
	}

	/**
	 * @param score the sum of the clerks' pair scores
	 * @param cadreMentor a department manager, or null when none could be assigned
	 */
	public record Group(Person cadre, Person cadreMentor, List<Reason> cadreMentorReasons, int score, List<GroupClerk> clerks) {

		public Group {
			cadreMentorReasons = List.copyOf(cadreMentorReasons);
			clerks = List.copyOf(clerks);
		}

		GroupPlan plan() {
			return new GroupPlan(cadre.id(), cadreMentor == null ? null : cadreMentor.id(), clerks.stream()
				.map(c -> new GroupPlan.ClerkPlan(c.clerk().id(), c.mentor() == null ? null : c.mentor().id())).toList());
		}
	}

	/** The groups as a plan to save. */
	public List<GroupPlan> plans() {
		return groups.stream().map(Group::plan).toList();
	}
}
