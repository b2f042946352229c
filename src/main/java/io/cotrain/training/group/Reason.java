package io.cotrain.training.group;

import java.util.List;

/**
 * One reason why two people were put together (a clerk and a cadre, a mentee and a mentor), with the points it gave:
 * a message key {@code training.group.reason.*} / {@code training.mentor.reason.*} and its arguments, so every UI
 * shows it in its own language.
 */
public record Reason(String key, List<String> args, int points) {

	public Reason {
		args = args == null ? List.of() : List.copyOf(args);
	}

	static Reason of(String key, int points, String... args) {
		return new Reason(key, List.of(args), points);
	}
}
