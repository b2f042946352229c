package io.cotrain.attendance.qr;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.cotrain.attendance.RotatingCodes;
import io.cotrain.attendance.session.CheckInDesk;
import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Method;
import io.cotrain.attendance.CheckIns.Result;
import io.cotrain.employee.EmployeeId;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.stereotype.Component;

/**
 * A check-in by scanning the session screen's QR code: the code is checked first, with no database read (the session
 * key is derived, the step length cached), then the check-in desk decides (window, roster, network, place, proxy flags).
 * The scanner checks in only themselves: the employee of the signed-in account.
 */
@Component
public class QrCheckIn {

	/** What a scanned code is for this session now. */
	public enum CodeState {
		/** The session's code of this step or the previous one. */
		VALID,
		/** The session's code of an older step: scan again. */
		EXPIRED,
		/** Not a code of this session: forged, mistyped, or another session's. */
		INVALID;

		/** The message key of a refusal. */
		public String refusal() {
			return "attendance.qr." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * The check-in page of a scanned code: the session, its region (zone), what the code is now and whether the browser
	 * must send its location (the session has a geofence).
	 */
	public record Scan(Occurrence session, RegionInfo region, CodeState code, boolean needsLocation) {
	}

	private static final int MAX_CODE = 64;
	private static final int MAX_FINGERPRINT = 128;

	private final RotatingCodes codes;
	private final QrSteps steps;
	private final QrProperties properties;
	private final CheckInDesk desk;
	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final TenantDirectory directory;
	private final Clock clock;

	QrCheckIn(RotatingCodes codes, QrSteps steps, QrProperties properties, CheckInDesk desk, Occurrences occurrences,
			SessionPolicies policies, TenantDirectory directory, Clock clock) {
		this.codes = codes;
		this.steps = steps;
		this.properties = properties;
		this.desk = desk;
		this.occurrences = occurrences;
		this.policies = policies;
		this.directory = directory;
		this.clock = clock;
	}

	/** @throws NotFoundException when the caller's scope does not see the session */
	Scan scan(UUID sessionId, String code) {
		Occurrence session = occurrences.find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
		return new Scan(session, directory.region(session.regionId()), check(sessionId, code, clock.instant()),
				policies.of(session).geofence() != null);
	}

	CodeState check(UUID session, String code, Instant at) {
		if (code == null || code.isEmpty() || code.length() > MAX_CODE) {
			return CodeState.INVALID;
		}
		int step = steps.seconds();
		if (codes.accepts(session, code, step, at)) {
			return CodeState.VALID;
		}
		return codes.expired(session, code, step, at, properties.expiredLookBack()) ? CodeState.EXPIRED : CodeState.INVALID;
	}

	/**
	 * Checks the signed-in account's employee in to the session with the scanned code.
	 *
	 * @throws RuleViolationException {@code attendance.qr.*} (field {@code code}: invalid, expired; {@code fingerprint}:
	 *         too long; none: the account has no employee) or the desk's {@code attendance.checkin.*}
	 * @throws io.cotrain.shared.NotFoundException when the caller's scope does not see the session
	 */
	Result checkIn(UUID session, String code, Evidence evidence, CurrentUser user) {
		Instant at = clock.instant();
		CodeState state = check(session, code, at);
		if (state != CodeState.VALID) {
			throw RuleViolationException.of("code", state.refusal());
		}
		if (evidence.fingerprint() != null && evidence.fingerprint().length() > MAX_FINGERPRINT) {
			throw RuleViolationException.of("fingerprint", "attendance.qr.fingerprint", MAX_FINGERPRINT);
		}
		if (user.employeeId() == null) {
			throw RuleViolationException.of(null, "attendance.qr.noEmployee");
		}
		return desk.checkIn(session, new EmployeeId(user.employeeId()), Method.QR, at, evidence, user.username());
	}
}
