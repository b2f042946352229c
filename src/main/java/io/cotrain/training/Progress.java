package io.cotrain.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.training.LearningPaths.ItemKind;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.LearningPaths.Schedule;
import io.cotrain.training.group.Person;

/**
 * Enrolment and earned progress in active programmes (学习进度). Activating a programme enrols every member of its groups
 * (and whoever joins a group later). Completion is earned: a document or text unit completes after it has been open for
 * its minimum reading time (server-counted heartbeats), a video after the learner confirms once its minimum time has
 * passed since opening, a quiz at its pass mark; an online course's percentage is weighted by its units' durations; a
 * joint live or offline course completes only from attendance. Each course completion is a milestone the other members
 * of the learner's group are told about once (in-app + SMS). Progress refers to the stable keys of the content, so it
 * survives new versions; the learner works on the published version.
 */
public interface Progress {

	enum ItemStatus {
		/** A prerequisite is not done yet. */
		LOCKED, NOT_STARTED, IN_PROGRESS, DONE
	}

	enum CheckpointStatus {
		MET, MISSED, UPCOMING
	}

	record Enrolment(UUID programmeId, String code, String name, String jointGoal, int version, LocalDate startsOn,
			LocalDate endsOn, Role role, Instant enrolledAt) {
	}

	/**
	 * @param percent 0–100: a course's earned share, a task step 0 until it is done
	 * @param overdue a FLEXIBLE course past its due date and not done (task steps: judged by their running task)
	 */
	record ItemProgress(UUID itemKey, ItemKind kind, UUID refKey, String titleZh, String titleEn, Schedule schedule,
			LocalDate dueOn, int percent, ItemStatus status, boolean overdue, Instant completedAt) {

		public String title(java.util.Locale locale) {
			return titleEn != null && "en".equals(locale.getLanguage()) ? titleEn : titleZh;
		}
	}

	record CheckpointProgress(UUID key, LocalDate dueOn, int expectedPercent, String label, CheckpointStatus status) {
	}

	/** @param percent the mean of the items' percentages */
	record PathProgress(Role role, int percent, List<ItemProgress> items, List<CheckpointProgress> checkpoints) {
	}

	/** A member of a group with the progress of their path; {@code mentor} may be null. */
	record MemberProgress(Person member, Role role, Person mentor, PathProgress path) {
	}

	/** A learner's programme: their own path, their group (number, members side by side) and mentors. */
	record LearnerView(Enrolment enrolment, UUID groupId, int groupNumber, MemberProgress self, List<MemberProgress> partners) {
	}

	/** A group as its mentors and HR see it. */
	record GroupProgress(UUID programmeId, String programmeName, UUID groupId, int groupNumber, List<MemberProgress> members) {
	}

	/**
	 * @param pre the first attempt's percentage (null before any)
	 * @param post the latest attempt's percentage
	 */
	record QuizScores(int attempts, BigDecimal pre, BigDecimal post, boolean passed) {
	}

	/**
	 * A unit as one learner sees it.
	 *
	 * @param secondsOpen the reading time counted so far
	 * @param confirmableAt VIDEO: when the learner may confirm (opened + minimum time); null before opening
	 */
	record UnitState(UUID unitKey, Courses.UnitKind kind, String title, int minSeconds, int durationMinutes, Instant openedAt,
			int secondsOpen, Instant confirmableAt, Instant completedAt, QuizScores quiz) {

		public boolean completed() {
			return completedAt != null;
		}
	}

	/** A course of the published version with the learner's units. */
	record CourseView(UUID programmeId, Courses.Course course, int percent, Instant completedAt, boolean locked,
			List<UnitState> units) {
	}

	record QuizOutcome(Courses.Grade grade, UnitState unit, CourseView course) {
	}

	/** The caller's enrolments in active programmes, newest first. */
	List<LearnerView> mine();

	/** @throws io.cotrain.shared.NotFoundException when the caller is not enrolled */
	LearnerView mine(UUID programme);

	CourseView course(UUID programme, UUID courseKey);

	/** The course of the caller's path that holds the unit. */
	CourseView courseOfUnit(UUID programme, UUID unitKey);

	/** Records that the caller opened the unit (the first time starts its clock). */
	UnitState open(UUID programme, UUID unitKey);

	/** Counts the time since the last heartbeat (at most the allowed gap) and completes a document or text unit. */
	UnitState heartbeat(UUID programme, UUID unitKey);

	/** Completes a video unit once its minimum time has passed since it was opened. */
	UnitState confirm(UUID programme, UUID unitKey);

	/** Grades a quiz attempt; the unit completes at its pass mark. */
	QuizOutcome submitQuiz(UUID programme, UUID unitKey, Map<UUID, List<Integer>> answers);

	/**
	 * Records a unit as completed for a learner outside the learner's own pages — learning records carried over from a
	 * previous system, or the demo data: the unit counts its minimum time as read and is completed now; a course it
	 * completes is a milestone like any other. Audited.
	 *
	 * @throws io.cotrain.shared.NotFoundException when the employee is not enrolled or the unit is not on their path
	 */
	UnitState recordCompleted(UUID programme, io.cotrain.employee.EmployeeId employee, UUID unitKey);

	/** The groups the caller mentors in active programmes, with every member's progress. */
	List<GroupProgress> mentees();

	/** Every group of the programme with its members' progress (HR and region admins; the caller's scope). */
	List<GroupProgress> groups(UUID programme);
}
