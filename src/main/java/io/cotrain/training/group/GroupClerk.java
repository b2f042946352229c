package io.cotrain.training.group;

import java.util.List;

/**
 * A clerk of a group: the points the pair (clerk, the group's cadre) scored and why, and the clerk's mentor (a
 * frontline supervisor; null when none could be assigned) with the reasons for that mentor.
 */
public record GroupClerk(Person clerk, int score, List<Reason> reasons, Person mentor, List<Reason> mentorReasons) {

	public GroupClerk {
		reasons = List.copyOf(reasons);
		mentorReasons = List.copyOf(mentorReasons);
	}
}
