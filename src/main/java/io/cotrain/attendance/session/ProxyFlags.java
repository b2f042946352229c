package io.cotrain.attendance.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspected proxy check-ins (代签) of a session, raised by {@link CheckInDesk}, and their review: HR or the region's
 * admin confirms (the check-in stays recorded; what follows is an HR matter) or dismisses a flag, with a note; audited.
 */
@Component
public class ProxyFlags {

	public enum Review {
		OPEN, CONFIRMED, DISMISSED
	}

	/** A flag; {@code otherEmployeeId} is the other person checked in from the same browser (SHARED_DEVICE). */
	public record Flag(UUID id, UUID sessionId, UUID employeeId, String kind, String fingerprint, String ip, UUID otherEmployeeId,
			Instant detectedAt, Review review, Instant reviewedAt, String reviewedBy, String reviewNote) {
	}

	private static final int NOTE_MAX = 500;

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	ProxyFlags(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The session's flags, open ones first, then by time. */
	public List<Flag> of(UUID session) {
		return jdbc.sql("""
				select * from checkin_flag where occurrence_id = :o
				order by case review when 'OPEN' then 0 else 1 end, detected_at, id""")
			.param("o", session).query((rs, i) -> new Flag(rs.getObject("id", UUID.class), rs.getObject("occurrence_id", UUID.class),
					rs.getObject("employee_id", UUID.class), rs.getString("kind"), rs.getString("fingerprint"), rs.getString("ip"),
					rs.getObject("other_employee_id", UUID.class), rs.getTimestamp("detected_at").toInstant(),
					Review.valueOf(rs.getString("review")), rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
					rs.getString("reviewed_by"), rs.getString("review_note")))
			.list();
	}

	/**
	 * Confirms or dismisses an open flag of the session.
	 *
	 * @throws RuleViolationException {@code attendance.flag.decisionRequired}, {@code attendance.flag.reviewed},
	 * {@code attendance.flag.noteTooLong}
	 */
	@Transactional
	public Flag review(UUID session, UUID flag, Review decision, String note, String by) {
		Flag found = of(session).stream().filter(f -> f.id().equals(flag)).findFirst()
			.orElseThrow(() -> new NotFoundException("flag", flag));
		if (decision == null || decision == Review.OPEN) {
			throw RuleViolationException.of("decision", "attendance.flag.decisionRequired");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw RuleViolationException.of("note", "attendance.flag.noteTooLong", NOTE_MAX);
		}
		if (found.review() != Review.OPEN) {
			throw RuleViolationException.of("decision", "attendance.flag.reviewed");
		}
		jdbc.sql("update checkin_flag set review = :r, reviewed_at = :at, reviewed_by = :by, review_note = :note where id = :id")
			.param("r", decision.name()).param("at", Timestamp.from(clock.instant())).param("by", by).param("note", text).param("id", flag)
			.update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("session", session.toString());
		details.put("employee", found.employeeId().toString());
		details.put("kind", found.kind());
		details.put("decision", decision.name());
		details.put("note", text);
		audit.record("ATTENDANCE_FLAG_REVIEWED", "checkin_flag", flag, details);
		return of(session).stream().filter(f -> f.id().equals(flag)).findFirst().orElseThrow();
	}
}
