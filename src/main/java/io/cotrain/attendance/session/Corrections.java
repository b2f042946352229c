package io.cotrain.attendance.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.attendance.CheckIns;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.RosterEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections (补卡): an employee who attended a session without a counted check-in asks for one with a reason, once the
 * session has started; their mentor for that session (the roster's), HR or the region's admin approves — the employee
 * is then checked in as PRESENT at the session's start (method CORRECTION) — or rejects it with a note. An employee may
 * ask at most {@link AttendanceSettings#CORRECTIONS_PER_MONTH} times per calendar month in their region's zone (every
 * request counts, whatever its outcome). Each step is audited; the mentor is told of a request and the employee of the
 * decision (in-app).
 */
@Component
public class Corrections {

	public enum State {
		PENDING, APPROVED, REJECTED
	}

	public record Correction(UUID id, UUID sessionId, UUID employeeId, String reason, Instant requestedAt, String requestedBy,
			State state, Instant decidedAt, String decidedBy, String decisionNote) {
	}

	static final NotificationTemplate REQUESTED = new NotificationTemplate("attendance.correctionRequested",
			Set.of("employee", "courseZh", "courseEn", "reason"));
	static final NotificationTemplate DECIDED = new NotificationTemplate("attendance.correctionDecided",
			Set.of("courseZh", "courseEn", "decisionZh", "decisionEn", "note"));

	private static final int TEXT_MAX = 500;

	private final JdbcClient jdbc;
	private final Occurrences occurrences;
	private final CheckIns checkIns;
	private final EmployeeDirectory employees;
	private final TenantDirectory directory;
	private final TenantSettings settings;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Notifications notifications;
	private final Clock clock;

	Corrections(JdbcClient jdbc, Occurrences occurrences, CheckIns checkIns, EmployeeDirectory employees, TenantDirectory directory,
			TenantSettings settings, Accounts accounts, AuditLog audit, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.occurrences = occurrences;
		this.checkIns = checkIns;
		this.employees = employees;
		this.directory = directory;
		this.settings = settings;
		this.accounts = accounts;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Templates {

		@Bean
		NotificationTemplate attendanceCorrectionRequested() {
			return REQUESTED;
		}

		@Bean
		NotificationTemplate attendanceCorrectionDecided() {
			return DECIDED;
		}
	}

	/**
	 * The employee asks for a correction of their attendance at the session.
	 *
	 * @throws RuleViolationException {@code attendance.correction.*} with the field concerned
	 */
	@Transactional
	public Correction request(UUID sessionId, EmployeeId employee, String reason, String by) {
		String text = reason == null ? "" : reason.strip();
		List<Violation> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(new Violation("reason", "attendance.correction.reasonRequired"));
		}
		else if (text.length() > TEXT_MAX) {
			problems.add(new Violation("reason", "attendance.correction.reasonTooLong", TEXT_MAX));
		}
		Occurrence session = sessionId == null ? null : occurrences.find(sessionId).orElse(null);
		Optional<RosterEntry> seat = session == null ? Optional.empty()
				: occurrences.members(sessionId).stream().filter(m -> m.employeeId().equals(employee)).findFirst();
		if (seat.isEmpty()) {
			problems.add(new Violation("sessionId", "attendance.checkin.notOnRoster"));
		}
		else if (session.cancelled()) {
			problems.add(new Violation("sessionId", "attendance.checkin.cancelled"));
		}
		else if (clock.instant().isBefore(session.startsAt())) {
			problems.add(new Violation("sessionId", "attendance.correction.notStarted"));
		}
		else if (seat.get().status() != null && seat.get().status().attended()) {
			problems.add(new Violation("sessionId", "attendance.correction.alreadyPresent"));
		}
		else if (pending(sessionId, employee)) {
			problems.add(new Violation("sessionId", "attendance.correction.pending"));
		}
		if (problems.isEmpty()) {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "correction:" + employee.value())
				.query((rs, i) -> 1).single();
			int limit = settings.get(AttendanceSettings.CORRECTIONS_PER_MONTH, session.regionId());
			if (thisMonth(employee) >= limit) {
				problems.add(new Violation("sessionId", "attendance.correction.monthlyLimit", limit));
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into checkin_correction (id, occurrence_id, employee_id, reason, requested_at, requested_by)
				values (:id, :o, :e, :reason, :at, :by)""")
			.param("id", id).param("o", sessionId).param("e", employee.value()).param("reason", text).param("at", Timestamp.from(now))
			.param("by", by).update();
		audit.record("ATTENDANCE_CORRECTION_REQUESTED", "checkin_correction", id,
				Map.of("session", sessionId.toString(), "employee", employee.value().toString(), "reason", text));
		RosterEntry member = seat.get();
		if (member.mentorId() != null) {
			notifications.send(new Notice(List.of(Recipient.employee(member.mentorId())), REQUESTED.key(),
					Map.of("employee", member.name() == null ? member.employeeNo() : member.name(), "courseZh", title(session, false),
							"courseEn", title(session, true), "reason", text),
					Set.of(Channel.IN_APP), "attendance.correction:" + id, false, "/corrections"));
		}
		return get(id).orElseThrow();
	}

	/** The employee's own requests, newest first. */
	public List<Correction> of(EmployeeId employee) {
		return jdbc.sql("select * from checkin_correction where employee_id = :e order by requested_at desc").param("e", employee.value())
			.query((rs, i) -> row(rs)).list();
	}

	/**
	 * The requests the caller decides, pending first: HR and region admins all of the scope, a mentor those of the members
	 * they mentor at the session.
	 */
	public List<Correction> toDecide(boolean pendingOnly) {
		List<Correction> all = jdbc.sql("select * from checkin_correction" + (pendingOnly ? " where state = 'PENDING'" : "")
				+ " order by case state when 'PENDING' then 0 else 1 end, requested_at desc limit 500")
			.query((rs, i) -> row(rs)).list();
		CurrentUser user = accounts.current().orElseThrow();
		if (user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.AUDITOR)) {
			return all;
		}
		return all.stream().filter(c -> mentorOf(c).map(m -> m.value().equals(user.employeeId())).orElse(false)).toList();
	}

	/**
	 * Approves (the employee is checked in, PRESENT at the start) or rejects a pending request.
	 *
	 * @throws NotFoundException when the caller may not decide it (not HR, the region's admin or the member's mentor)
	 * @throws RuleViolationException {@code attendance.correction.decided}, {@code attendance.correction.noteTooLong}
	 */
	@Transactional
	public Correction decide(UUID id, boolean approve, String note) {
		Correction found = jdbc.sql("select * from checkin_correction where id = :id for update").param("id", id).query((rs, i) -> row(rs))
			.optional().orElseThrow(() -> new NotFoundException("correction", id));
		CurrentUser user = accounts.current().orElseThrow();
		boolean staff = user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN);
		if (!staff && !mentorOf(found).map(m -> m.value().equals(user.employeeId())).orElse(false)) {
			throw new NotFoundException("correction", id);
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > TEXT_MAX) {
			throw RuleViolationException.of("note", "attendance.correction.noteTooLong", TEXT_MAX);
		}
		if (found.state() != State.PENDING) {
			throw RuleViolationException.of(null, "attendance.correction.decided");
		}
		Occurrence session = occurrences.find(found.sessionId()).orElseThrow(() -> new NotFoundException("session", found.sessionId()));
		if (approve) {
			checkIns.checkIn(found.sessionId(), new EmployeeId(found.employeeId()), CheckIns.Method.CORRECTION, session.startsAt(),
					CheckIns.Evidence.none(), user.username());
		}
		State state = approve ? State.APPROVED : State.REJECTED;
		jdbc.sql("update checkin_correction set state = :s, decided_at = :at, decided_by = :by, decision_note = :note where id = :id")
			.param("s", state.name()).param("at", Timestamp.from(clock.instant())).param("by", user.username()).param("note", text)
			.param("id", id).update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("session", found.sessionId().toString());
		details.put("employee", found.employeeId().toString());
		details.put("note", text);
		audit.record(approve ? "ATTENDANCE_CORRECTION_APPROVED" : "ATTENDANCE_CORRECTION_REJECTED", "checkin_correction", id, details);
		notifications.send(new Notice(List.of(Recipient.employee(new EmployeeId(found.employeeId()))), DECIDED.key(),
				Map.of("courseZh", title(session, false), "courseEn", title(session, true), "decisionZh", approve ? "已通过" : "未通过",
						"decisionEn", approve ? "approved" : "rejected", "note", text == null ? "" : text),
				Set.of(Channel.IN_APP), "attendance.correction.decided:" + id, false, "/my/check-ins"));
		return get(id).orElseThrow();
	}

	public Optional<Correction> get(UUID id) {
		return jdbc.sql("select * from checkin_correction where id = :id").param("id", id).query((rs, i) -> row(rs)).optional();
	}

	/** How many more the employee may request this month. */
	public int left(EmployeeId employee) {
		int limit = settings.get(AttendanceSettings.CORRECTIONS_PER_MONTH, employees.get(employee).region());
		return Math.max(0, limit - thisMonth(employee));
	}

	private int thisMonth(EmployeeId employee) {
		ZoneId zone = directory.region(employees.get(employee).region()).timeZone();
		YearMonth month = YearMonth.now(clock.withZone(zone));
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		return jdbc.sql("select count(*) from checkin_correction where employee_id = :e and requested_at >= :from and requested_at < :to")
			.param("e", employee.value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Integer.class).single();
	}

	private boolean pending(UUID session, EmployeeId employee) {
		return jdbc.sql("select exists (select 1 from checkin_correction where occurrence_id = :o and employee_id = :e and state = 'PENDING')")
			.param("o", session).param("e", employee.value()).query(Boolean.class).single();
	}

	private Optional<EmployeeId> mentorOf(Correction c) {
		return occurrences.members(c.sessionId()).stream().filter(m -> m.employeeId().value().equals(c.employeeId())).findFirst()
			.map(RosterEntry::mentorId);
	}

	private static String title(Occurrence session, boolean en) {
		String title = en && session.courseTitleEn() != null ? session.courseTitleEn() : session.courseTitleZh();
		return title == null ? "" : title;
	}

	private static Correction row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Correction(rs.getObject("id", UUID.class), rs.getObject("occurrence_id", UUID.class), rs.getObject("employee_id", UUID.class),
				rs.getString("reason"), rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"), State.valueOf(rs.getString("state")),
				rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"),
				rs.getString("decision_note"));
	}
}
