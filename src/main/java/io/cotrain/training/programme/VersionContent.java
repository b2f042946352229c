package io.cotrain.training.programme;

import java.util.List;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException.Violation;

/**
 * Content that belongs to a programme version (courses, task templates, paths…), implemented by each package that owns
 * such tables. When a new draft version is made from the published one, every implementation copies its rows of
 * version {@code from} to version {@code to} with the same {@code key}s, inside the same transaction; before a
 * version is published, every implementation names what would make it unusable (e.g. a path cycle).
 */
public interface VersionContent {

	void copy(UUID programme, int from, int to);

	/** What keeps the version from being published, as (field, message key, arguments); empty when it may be. */
	default List<Violation> problems(UUID programme, int version) {
		return List.of();
	}
}
