package io.cotrain.training.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.Programmes;
import io.cotrain.training.TaskTemplates;

/** The published version of a programme as learners work on it: courses and units, task steps and both paths, by key. */
record Content(Programmes.Programme programme, Programmes.Version version, Map<UUID, Courses.Course> courses,
		Map<UUID, TaskTemplates.Step> steps, Map<Role, LearningPaths.Path> paths) {

	static Content load(Programmes.Programme programme, Courses courses, TaskTemplates tasks, LearningPaths paths) {
		Programmes.Version version = programme.published();
		int v = version.version();
		Map<UUID, Courses.Course> byKey = new HashMap<>();
		courses.list(programme.id(), v).forEach(c -> byKey.put(c.key(), c));
		Map<UUID, TaskTemplates.Step> steps = new HashMap<>();
		tasks.list(programme.id(), v).forEach(t -> t.steps().forEach(s -> steps.put(s.key(), s)));
		Map<Role, LearningPaths.Path> byRole = new HashMap<>();
		paths.paths(programme.id(), v).forEach(p -> byRole.put(p.role(), p));
		return new Content(programme, version, byKey, steps, byRole);
	}

	LearningPaths.Path path(Role role) {
		return paths.getOrDefault(role, new LearningPaths.Path(null, role, List.of(), List.of()));
	}

	/** The course and unit of a unit key. */
	Optional<Located> unit(UUID unitKey) {
		for (Courses.Course course : courses.values()) {
			for (Courses.Unit unit : course.units()) {
				if (unit.key().equals(unitKey)) {
					return Optional.of(new Located(course, unit));
				}
			}
		}
		return Optional.empty();
	}

	record Located(Courses.Course course, Courses.Unit unit) {
	}
}
