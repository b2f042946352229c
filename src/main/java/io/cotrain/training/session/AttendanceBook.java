package io.cotrain.training.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.training.AttendanceRecorded;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Mark;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;
import io.cotrain.training.Occurrences.Slot;
import io.cotrain.training.Occurrences.Source;
import io.cotrain.training.group.Groups;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records the attendance of an occurrence's roster members by hand (source MENTOR): checks each mark (on the roster, a
 * status, the caller may mark that member), writes the rows that change, and audits and publishes each change.
 */
@Component
class AttendanceBook {

	private static final int NOTE_MAX = 500;

	private final OccurrenceStore store;
	private final Groups groups;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AttendanceBook(OccurrenceStore store, Groups groups, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.groups = groups;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records the marks for {@code found}, which the caller may see and whose row the transaction has locked. */
	void record(Occurrence found, List<Mark> marks, Caller caller) {
		if (found.cancelled()) {
			throw RuleViolationException.of(null, "training.attendance.cancelled");
		}
		Instant now = clock.instant();
		if (now.isBefore(found.startsAt())) {
			throw RuleViolationException.of(null, "training.attendance.notStarted");
		}
		Map<EmployeeId, RosterEntry> roster = new Roster(groups).of(found, Map.of()).stream()
			.collect(Collectors.toMap(RosterEntry::employeeId, e -> e, (a, b) -> a));
		checkMarks(marks, roster, caller);
		Map<EmployeeId, OccurrenceStore.Recorded> existing = store.attendance(found.id());
		for (Mark mark : marks) {
			OccurrenceStore.Recorded before = existing.get(mark.employeeId());
			String note = OccurrenceStore.blankToNull(mark.note());
			if (before != null && before.status() == mark.status() && Objects.equals(before.note(), note)) {
				continue;
			}
			store.saveAttendance(found.id(), mark.employeeId(), mark.status(), Source.MENTOR, note, now, caller.username());
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("employee", mark.employeeId().toString());
			details.put("before", before == null ? null : before.status().name());
			details.put("after", mark.status().name());
			details.put("note", note);
			details.put("source", Source.MENTOR.name());
			audit.record("TRAINING_ATTENDANCE_RECORDED", "course_occurrence", found.id(), details);
			existing.put(mark.employeeId(), new OccurrenceStore.Recorded(mark.status(), Source.MENTOR, note, now, caller.username()));
			if (before == null || before.status() != mark.status()) {
				events.publishEvent(new AttendanceRecorded(found.programmeId(), found.courseKey(), mark.employeeId(), mark.status().name()));
			}
		}
	}

	/**
	 * Records one roster member's outcome from check-in ({@link Occurrences#recordCheckIn}) on {@code found}, whose row the
	 * transaction has locked; whether it changed. The roster check and the write are one statement.
	 */
	boolean recordCheckIn(Slot found, EmployeeId employee, Attendance status, Source source, String note, String by) {
		if (found.cancelled()) {
			if (!store.seated(found.id(), employee)) {
				throw RuleViolationException.of("employeeId", "training.attendance.notOnRoster");
			}
			throw RuleViolationException.of(null, "training.attendance.cancelled");
		}
		Instant now = clock.instant();
		OccurrenceStore.CheckInWrite write = store.checkIn(found.id(), employee, status, source, note, now, by);
		if (!write.onRoster()) {
			throw RuleViolationException.of("employeeId", "training.attendance.notOnRoster");
		}
		if (!write.written()) {
			return false;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("employee", employee.toString());
		details.put("before", write.before() == null ? null : write.before().name());
		details.put("after", status.name());
		details.put("note", OccurrenceStore.blankToNull(note));
		details.put("source", source.name());
		audit.record("TRAINING_ATTENDANCE_RECORDED", "course_occurrence", found.id(), details);
		events.publishEvent(new AttendanceRecorded(found.programmeId(), found.courseKey(), employee, status.name()));
		return true;
	}

	private void checkMarks(List<Mark> marks, Map<EmployeeId, RosterEntry> roster, Caller caller) {
		List<Violation> problems = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			Mark mark = marks.get(i);
			String at = "marks[" + i + "].";
			RosterEntry member = mark == null || mark.employeeId() == null ? null : roster.get(mark.employeeId());
			if (member == null) {
				problems.add(new Violation(at + "employeeId", "training.attendance.notOnRoster"));
				continue;
			}
			if (!caller.recordsAll() && !caller.mentors(member.mentorId())) {
				problems.add(new Violation(at + "employeeId", "training.attendance.notAllowed", display(member)));
			}
			if (mark.status() == null) {
				problems.add(new Violation(at + "status", "training.attendance.statusRequired"));
			}
			if (mark.note() != null && mark.note().strip().length() > NOTE_MAX) {
				problems.add(new Violation(at + "note", "training.attendance.noteTooLong", NOTE_MAX));
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private static String display(RosterEntry member) {
		return member.name() != null ? member.name() : member.employeeId().toString();
	}
}
