package io.cotrain.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;

/**
 * The occurrences (training sessions) of a programme's JOINT LIVE and OFFLINE courses: a time, a region (its time
 * zone), a venue (OFFLINE) or an online link (LIVE), and the collaboration groups invited — and, until check-in exists,
 * the attendance their mentors record. Such a course completes only from attendance: {@link #attended} tells whether
 * a learner was PRESENT or LATE at one of its occurrences, and every changed attendance publishes
 * {@link AttendanceRecorded} in the recording transaction.
 * <p>
 * Occurrences are operational, not versioned content: they are planned on DRAFT and ACTIVE programmes (never on a CLOSED
 * one) and refer to the course by its stable key. Reads follow the caller: HR and auditors see every occurrence, a
 * region admin those of its regions, a mentor (an account with role MENTOR and an employee) only those where one of its
 * mentees is invited, and only those mentees on the roster. Invalid input is refused with
 * {@link io.cotrain.shared.RuleViolationException} field errors ({@code training.occurrence.*},
 * {@code training.attendance.*}), unknown or invisible programmes and occurrences with
 * {@link io.cotrain.shared.NotFoundException}. Every change is audited ({@code TRAINING_OCCURRENCE_CREATED},
 * {@code _CHANGED}, {@code _CANCELLED}, {@code TRAINING_ATTENDANCE_RECORDED} with the status before and after).
 */
public interface Occurrences {

	enum Status {
		SCHEDULED, CANCELLED
	}

	/** A roster member's outcome; PRESENT and LATE count as attended. */
	enum Attendance {
		PRESENT, LATE, ABSENT, EXCUSED;

		public boolean attended() {
			return this == PRESENT || this == LATE;
		}
	}

	/**
	 * Who recorded an attendance: the mentor (or HR, a region admin) by hand; the rotating QR code or a face terminal
	 * (check-in); an approved correction (补卡); the close of the check-in window (ABSENT for whoever did not check in).
	 */
	enum Source {
		MENTOR, QR, TERMINAL, CORRECTION, WINDOW
	}

	/** The member's role in the group. */
	enum MemberRole {
		CLERK, CADRE
	}

	/**
	 * @param courseTitleZh the course's title in its latest version (null when no version has the key any more)
	 * @param groupIds the invited collaboration groups
	 */
	record Occurrence(UUID id, UUID programmeId, UUID courseKey, String courseCode, String courseTitleZh, String courseTitleEn,
			Courses.Mode mode, RegionId regionId, Instant startsAt, Instant endsAt, String venue, String onlineUrl, String note,
			Status status, List<UUID> groupIds, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

		public Occurrence {
			groupIds = List.copyOf(groupIds);
		}

		public String courseTitle(Locale locale) {
			return courseTitleEn != null && "en".equals(locale.getLanguage()) ? courseTitleEn : courseTitleZh;
		}

		public boolean cancelled() {
			return status == Status.CANCELLED;
		}
	}

	/**
	 * @param startsAt the start (the pages take it as a local date-time in the region's zone)
	 * @param venue required for an OFFLINE course
	 * @param onlineUrl required (http or https) for a LIVE course
	 * @param groupIds the groups invited: groups of the programme with a member in the region, at least one
	 */
	record OccurrenceForm(UUID courseKey, RegionId regionId, Instant startsAt, Instant endsAt, String venue, String onlineUrl,
			String note, List<UUID> groupIds) {
	}

	/**
	 * A member of an invited group with their mentor and recorded attendance (null fields when none is recorded).
	 *
	 * @param name null when the caller may not see the person (a region admin, a member of another region)
	 */
	record RosterEntry(EmployeeId employeeId, String employeeNo, String name, MemberRole role, UUID groupId, int groupNumber,
			EmployeeId mentorId, String mentorName, Attendance status, Source source, String note, Instant recordedAt,
			String recordedBy) {
	}

	/** One line of a recording: the member and the outcome ({@code note} optional). */
	record Mark(EmployeeId employeeId, Attendance status, String note) {
	}

	/** An occurrence as a mentor's list shows it: the programme, and how many of the mentor's mentees are invited. */
	record MentorSession(Occurrence occurrence, String programmeCode, String programmeName, int mentees, int recorded) {
	}

	/** An occurrence of the learner's group with the learner's own attendance (null: none recorded). */
	record LearnerSession(Occurrence occurrence, Attendance attendance) {
	}

	/** The JOINT LIVE and OFFLINE courses of the programme's current version (published, else the draft): what occurrences are for. */
	List<Courses.Course> sessionCourses(UUID programme);

	/** The programme's occurrences the caller sees, by start. */
	List<Occurrence> list(UUID programme);

	Occurrence get(UUID programme, UUID occurrence);

	Occurrence create(UUID programme, OccurrenceForm form);

	/** Changes a scheduled occurrence (a cancelled one stays as it is: {@code training.occurrence.cancelled}). */
	Occurrence update(UUID programme, UUID occurrence, OccurrenceForm form);

	/** Cancels the occurrence; it and its attendance stay as history. Cancelling again changes nothing. */
	Occurrence cancel(UUID programme, UUID occurrence);

	/** The invited groups' members (cadres, clerks) the caller sees, by group number, cadre first. */
	List<RosterEntry> roster(UUID programme, UUID occurrence);

	/**
	 * Records attendance for roster members, once the occurrence has started and unless it is cancelled; each mark by HR,
	 * a region admin of the region, or the member's own mentor. Unchanged marks change nothing (no audit, no event).
	 *
	 * @return the roster afterwards
	 */
	List<RosterEntry> record(UUID programme, UUID occurrence, List<Mark> marks);

	/** Whether the employee was PRESENT or LATE at a non-cancelled occurrence of the course. */
	boolean attended(UUID programme, UUID courseKey, EmployeeId employee);

	/** Occurrences (of programmes that are not closed) where one of the mentor's mentees is invited, by start. */
	List<MentorSession> forMentor(EmployeeId mentor);

	/** The occurrences inviting the learner's group in the programme, past and upcoming, by start. */
	List<LearnerSession> forLearner(UUID programme, EmployeeId learner);

	// ---- for check-in (module attendance): no caller rule, only the scope's row security ----

	/** The occurrence, whoever asks (a device, a learner checking in); empty when the scope does not see it. */
	Optional<Occurrence> find(UUID occurrence);

	/**
	 * What check-in needs of an occurrence: no course titles and no invited groups.
	 *
	 * @param programmeClosed whether the occurrence's programme is CLOSED
	 */
	record Slot(UUID id, UUID programmeId, UUID courseKey, RegionId regionId, Instant startsAt, Instant endsAt, String venue,
			Status status, boolean programmeClosed) {

		public boolean cancelled() {
			return status == Status.CANCELLED;
		}
	}

	/** The occurrence for check-in in one query, whoever asks; empty when the scope does not see it. */
	Optional<Slot> slot(UUID occurrence);

	/** The scheduled occurrences of programmes that are not closed whose time overlaps the span from {@code from} to {@code to} (exclusive), by start. */
	List<Occurrence> scheduledBetween(Instant from, Instant to);

	/** Where a roster member sits: the invited group and all its members (cadre first). */
	record Seat(UUID groupId, List<EmployeeId> groupMembers) {

		public Seat {
			groupMembers = List.copyOf(groupMembers);
		}
	}

	/** The employee's seat on the occurrence's roster, whoever asks; empty when not invited (one query, for check-in). */
	Optional<Seat> seat(UUID occurrence, EmployeeId employee);

	/** The whole roster of the occurrence with its recorded attendance, whoever asks. */
	List<RosterEntry> members(UUID occurrence);

	/** {@link #members(UUID)} of each of these occurrences (as found), by occurrence id, in a few queries for all. */
	Map<UUID, List<RosterEntry>> members(List<Occurrence> occurrences);

	/**
	 * Records one member's outcome from check-in (source QR, TERMINAL, CORRECTION or WINDOW), at once whatever the time,
	 * unless the occurrence is cancelled or its programme closed ({@code training.attendance.cancelled},
	 * {@code training.attendance.programmeClosed}) or the employee is not on its roster
	 * ({@code training.attendance.notOnRoster}). An unchanged status changes nothing; a changed one is audited with
	 * {@code by} and publishes {@link AttendanceRecorded}.
	 *
	 * @return whether anything changed
	 */
	boolean recordCheckIn(UUID occurrence, EmployeeId employee, Attendance status, Source source, String note, String by);
}
