package io.cotrain.attendance.qr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.attendance.RotatingCodes;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a session screen shows, and who may open it: HR admins, region admins and check-in screen accounts (each within
 * its scope: another region's session is not there), and a mentor of a roster member. Outside the check-in window
 * there is no code.
 */
@Component
public class SessionScreens {

	public enum State {
		NOT_OPEN, OPEN, CLOSED, CANCELLED
	}

	/**
	 * @param code null unless the window is open
	 * @param url what the QR code carries: the check-in page with the code (null without a code)
	 * @param checkedIn how many roster members have checked in
	 */
	public record Screen(Occurrence session, RegionInfo region, SessionPolicy.Window window, State state, RotatingCodes.Code code, String url,
			long checkedIn, Instant now) {

		/** When the screen should ask again: at the next code, or when the window opens (at most a minute ahead). */
		public Duration refreshIn() {
			Instant next = switch (state) {
				case OPEN -> code.validUntil();
				case NOT_OPEN -> window.opensAt();
				default -> now.plus(Duration.ofMinutes(1));
			};
			Duration wait = Duration.between(now, next);
			return wait.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : wait.isNegative() ? Duration.ZERO : wait;
		}
	}

	private final Occurrences occurrences;
	private final SessionPolicies policies;
	private final RotatingCodes codes;
	private final QrSteps steps;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;

	SessionScreens(Occurrences occurrences, SessionPolicies policies, RotatingCodes codes, QrSteps steps, TenantDirectory directory,
			Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.occurrences = occurrences;
		this.policies = policies;
		this.codes = codes;
		this.steps = steps;
		this.directory = directory;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The screen of the session now; {@code base} is the application's address as the browser sees it.
	 *
	 * @throws NotFoundException when the caller's scope does not see the session
	 * @throws AccessDeniedException when the caller may not open its screen
	 */
	Screen open(UUID sessionId, String base) {
		Occurrence session = occurrences.find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
		if (!mayOpen(accounts.requireCurrent(), session)) {
			throw new AccessDeniedException("not a screen of this caller");
		}
		Instant now = clock.instant();
		SessionPolicy.Window window = policies.of(session).window(session);
		State state = session.cancelled() ? State.CANCELLED
				: now.isBefore(window.opensAt()) ? State.NOT_OPEN : window.contains(now) ? State.OPEN : State.CLOSED;
		RotatingCodes.Code code = state == State.OPEN ? codes.current(sessionId, steps.seconds(), now) : null;
		String url = code == null ? null : base + "/check-in/" + sessionId + "?c=" + code.value();
		long checkedIn = jdbc.sql("select count(*) from checkin where occurrence_id = :o").param("o", sessionId).query(Long.class).single();
		return new Screen(session, directory.region(session.regionId()), window, state, code, url, checkedIn, now);
	}

	/** The sessions of the next day (and those started in the last hours) whose screens the caller may open, by start. */
	List<Occurrence> upcoming() {
		Instant now = clock.instant();
		CurrentUser user = accounts.requireCurrent();
		return occurrences.scheduledBetween(now.minus(SessionPolicies.widest()), now.plus(Duration.ofDays(1))).stream()
			.filter(o -> mayOpen(user, o)).toList();
	}

	private boolean mayOpen(CurrentUser user, Occurrence session) {
		if (user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.KIOSK)) {
			return true;
		}
		return user.has(Role.MENTOR) && user.employeeId() != null && occurrences.members(session.id()).stream()
			.anyMatch(m -> m.mentorId() != null && m.mentorId().value().equals(user.employeeId()));
	}
}
