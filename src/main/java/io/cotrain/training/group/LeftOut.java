package io.cotrain.training.group;

import java.util.List;

import io.cotrain.employee.RoleType;

/**
 * Someone a proposal could not place: a clerk or cadre without a group ({@link Topic#GROUP}), or a group member without
 * a mentor ({@link Topic#MENTOR}), with the reason as a message key ({@code training.group.leftOut.*},
 * {@code training.mentor.leftOut.*}) and its arguments.
 */
public record LeftOut(Person employee, RoleType role, Topic topic, String reason, List<String> args) {

	public enum Topic {
		GROUP, MENTOR
	}

	public LeftOut {
		args = List.copyOf(args);
	}
}
