package io.cotrain.attendance;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.Source;

/**
 * The one place a check-in is decided and stored, whatever the method: the session is scheduled, the method accepted,
 * the time inside the window (corrections excepted), the employee on the roster, a QR check-in inside the session's
 * network and place limits. The first check-in of a member counts (PRESENT, or LATE after the late mark); it becomes the
 * member's attendance of the occurrence ({@link io.cotrain.training.Occurrences#recordCheckIn}), is published as {@link CheckedIn}, and the
 * check-in completing a group within the joint-presence rule publishes {@link JointlyPresent}. QR check-ins are checked
 * for proxy check-in (代签): one browser checking in a second person, or a second browser for one person, is flagged.
 */
public interface CheckIns {

	enum Method {
		QR(Source.QR), TERMINAL(Source.TERMINAL), CORRECTION(Source.CORRECTION);

		private final Source source;

		Method(Source source) {
			this.source = source;
		}

		public Source source() {
			return source;
		}
	}

	/**
	 * What came with a check-in: the browser's fingerprint, IP, user agent and location (QR), the terminal and punch
	 * (face terminal). Unknown fields are null.
	 */
	record Evidence(String fingerprint, String ip, String userAgent, Double latitude, Double longitude, Double accuracyMetres,
			UUID deviceId, UUID punchId) {

		public static Evidence none() {
			return new Evidence(null, null, null, null, null, null, null, null);
		}

		public static Evidence terminal(UUID deviceId, UUID punchId) {
			return new Evidence(null, null, null, null, null, null, deviceId, punchId);
		}
	}

	/**
	 * @param status PRESENT or LATE (of the counted check-in: the earlier one when {@code already})
	 * @param already the member had checked in before; nothing new was stored
	 * @param flagged this check-in raised a suspected proxy check-in
	 */
	record Result(UUID occurrenceId, EmployeeId employee, Attendance status, Instant checkedInAt, boolean already,
			boolean flagged) {
	}

	/**
	 * Checks the employee in to the session at {@code at}.
	 *
	 * @param by who records it (the employee's login, the terminal, the approver)
	 * @throws io.cotrain.shared.RuleViolationException {@code attendance.checkin.*} when the check-in does not count
	 * @throws io.cotrain.shared.NotFoundException when the scope does not see the session
	 */
	Result checkIn(UUID sessionId, EmployeeId employee, Method method, Instant at, Evidence evidence, String by);
}
