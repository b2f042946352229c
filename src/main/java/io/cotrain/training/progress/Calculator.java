package io.cotrain.training.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.training.Courses;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.Progress.CheckpointProgress;
import io.cotrain.training.Progress.CheckpointStatus;
import io.cotrain.training.Progress.CourseView;
import io.cotrain.training.Progress.ItemProgress;
import io.cotrain.training.Progress.ItemStatus;
import io.cotrain.training.Progress.PathProgress;
import io.cotrain.training.Progress.QuizScores;
import io.cotrain.training.Progress.UnitState;
import io.cotrain.training.TaskTemplates;

/**
 * The documented progress rules, applied to a programme's published content and a learner's rows:
 * <ul>
 * <li>a course with a completion row is done (100 %); an online course's percentage is the share of its units'
 * durations (minutes) completed, rounded down; a live or offline course is 0 % until attendance completes it;</li>
 * <li>a task step is 0 % (its check-in comes with running tasks);</li>
 * <li>an item whose prerequisite is not done is LOCKED; a FLEXIBLE item past its due date and not done is overdue;</li>
 * <li>the path's percentage is the mean of its items' percentages, rounded down; a checkpoint is MET when the path's
 * percentage reaches the expected one, MISSED when its date has passed without that, else UPCOMING.</li>
 * </ul>
 */
final class Calculator {

	private final Content content;
	private final Rows rows;

	Calculator(Content content, Rows rows) {
		this.content = content;
		this.rows = rows;
	}

	PathProgress path(EmployeeId employee, Role role, LocalDate today) {
		LearningPaths.Path path = content.path(role);
		Map<UUID, Integer> percents = new HashMap<>();
		for (LearningPaths.Item item : path.items()) {
			percents.put(item.key(), itemPercent(employee, item));
		}
		List<ItemProgress> items = new ArrayList<>();
		for (LearningPaths.Item item : path.items()) {
			int percent = percents.get(item.key());
			boolean done = percent >= 100;
			boolean locked = !done && item.requires().stream().anyMatch(r -> percents.getOrDefault(r, 0) < 100);
			ItemStatus status = done ? ItemStatus.DONE : locked ? ItemStatus.LOCKED : started(employee, item) ? ItemStatus.IN_PROGRESS
					: ItemStatus.NOT_STARTED;
			boolean overdue = !done && item.schedule() == LearningPaths.Schedule.FLEXIBLE && item.dueOn() != null && today.isAfter(item.dueOn());
			items.add(new ItemProgress(item.key(), item.kind(), item.refKey(), titleZh(item), titleEn(item), item.schedule(), item.dueOn(),
					percent, status, overdue, item.kind() == LearningPaths.ItemKind.COURSE ? rows.completions(employee).get(item.refKey()) : null));
		}
		int percent = items.isEmpty() ? 0 : items.stream().mapToInt(ItemProgress::percent).sum() / items.size();
		List<CheckpointProgress> checkpoints = path.checkpoints().stream()
			.map(c -> new CheckpointProgress(c.key(), c.dueOn(), c.expectedPercent(), c.label(), percent >= c.expectedPercent()
					? CheckpointStatus.MET : today.isAfter(c.dueOn()) ? CheckpointStatus.MISSED : CheckpointStatus.UPCOMING))
			.toList();
		return new PathProgress(role, percent, items, checkpoints);
	}

	/** The first item of the path that is not done, if any. */
	java.util.Optional<ItemProgress> next(PathProgress path) {
		return path.items().stream().filter(i -> i.status() != ItemStatus.DONE).findFirst();
	}

	CourseView course(EmployeeId employee, Courses.Course course, boolean locked) {
		List<UnitState> units = course.units().stream().map(u -> unit(employee, u)).toList();
		return new CourseView(content.programme().id(), withoutAnswers(course), coursePercent(employee, course),
				rows.completions(employee).get(course.key()), locked, units);
	}

	/** The course as a learner may see it: the quiz questions without their correct options. */
	static Courses.Course withoutAnswers(Courses.Course c) {
		List<Courses.Unit> units = c.units().stream().map(u -> new Courses.Unit(u.id(), u.key(), u.kind(), u.title(), u.body(), u.url(),
				u.minSeconds(), u.durationMinutes(), u.passMark(), u.position(), u.questions().stream()
					.map(q -> new Courses.Question(q.id(), q.key(), q.prompt(), q.kind(), q.options(), List.of(), q.points(), q.position()))
					.toList()))
			.toList();
		return new Courses.Course(c.id(), c.key(), c.programmeId(), c.version(), c.code(), c.titleZh(), c.titleEn(), c.description(),
				c.audience(), c.mode(), c.creditHours(), c.position(), c.competencyIds(), units);
	}

	UnitState unit(EmployeeId employee, Courses.Unit unit) {
		Rows.UnitRow row = rows.units(employee).get(unit.key());
		List<Rows.Attempt> attempts = rows.attempts(employee, unit.key());
		QuizScores quiz = unit.kind() != UnitKind.QUIZ ? null : new QuizScores(attempts.size(),
				attempts.isEmpty() ? null : attempts.get(0).percent(), attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).percent(),
				attempts.stream().anyMatch(Rows.Attempt::passed));
		Instant confirmable = row == null || unit.kind() != UnitKind.VIDEO ? null : row.openedAt().plusSeconds(unit.minSeconds());
		return new UnitState(unit.key(), unit.kind(), unit.title(), unit.minSeconds(), unit.durationMinutes(),
				row == null ? null : row.openedAt(), row == null ? 0 : row.secondsOpen(), confirmable, row == null ? null : row.completedAt(), quiz);
	}

	int coursePercent(EmployeeId employee, Courses.Course course) {
		if (rows.completions(employee).containsKey(course.key())) {
			return 100;
		}
		if (course.mode() != Mode.ONLINE) {
			return 0;
		}
		return unitsPercent(employee, course);
	}

	/** The share of the course's unit durations completed, rounded down (100 only when every unit is done). */
	int unitsPercent(EmployeeId employee, Courses.Course course) {
		long total = 0;
		long done = 0;
		Map<UUID, Rows.UnitRow> units = rows.units(employee);
		for (Courses.Unit unit : course.units()) {
			total += Math.max(unit.durationMinutes(), 0);
			Rows.UnitRow row = units.get(unit.key());
			if (row != null && row.completedAt() != null) {
				done += Math.max(unit.durationMinutes(), 0);
			}
		}
		boolean all = !course.units().isEmpty() && course.units().stream().allMatch(u -> {
			Rows.UnitRow row = units.get(u.key());
			return row != null && row.completedAt() != null;
		});
		if (all) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
	}

	private int itemPercent(EmployeeId employee, LearningPaths.Item item) {
		if (item.kind() == LearningPaths.ItemKind.COURSE) {
			Courses.Course course = content.courses().get(item.refKey());
			return course == null ? 0 : coursePercent(employee, course);
		}
		return 0;
	}

	private boolean started(EmployeeId employee, LearningPaths.Item item) {
		if (item.kind() != LearningPaths.ItemKind.COURSE) {
			return false;
		}
		Map<UUID, Rows.UnitRow> units = rows.units(employee);
		return units.values().stream().anyMatch(u -> u.courseKey().equals(item.refKey()));
	}

	private String titleZh(LearningPaths.Item item) {
		if (item.kind() == LearningPaths.ItemKind.COURSE) {
			Courses.Course course = content.courses().get(item.refKey());
			return course == null ? item.title() : course.titleZh();
		}
		TaskTemplates.Step step = content.steps().get(item.refKey());
		return step == null ? item.title() : step.title();
	}

	private String titleEn(LearningPaths.Item item) {
		if (item.kind() == LearningPaths.ItemKind.COURSE) {
			Courses.Course course = content.courses().get(item.refKey());
			return course == null || course.titleEn() == null ? titleZh(item) : course.titleEn();
		}
		return titleZh(item);
	}
}
