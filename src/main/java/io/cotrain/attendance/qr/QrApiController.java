package io.cotrain.attendance.qr;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Result;
import io.cotrain.tenancy.Accounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * QR check-in for apps: the current code of a session ({@code GET /api/v1/sessions/{sessionId}/qr}, for whoever may open
 * its screen) and a check-in with a scanned code ({@code POST /api/v1/sessions/{sessionId}/check-ins}: 201 for a new
 * check-in, 200 when the caller had checked in already; refusals are 422 problems whose {@code errors[].code} names the
 * reason, e.g. {@code attendance.qr.expired} or {@code attendance.checkin.notOnRoster}).
 */
@RestController
class QrApiController {

	/** Anyone who may be an employee checking in (the account's employee checks in; one without is refused). */
	static final String SCANNER = "hasAnyRole('EMPLOYEE','MENTOR','HR_ADMIN','REGION_ADMIN','AUDITOR')";

	private final SessionScreens screens;
	private final QrCheckIn checkIn;
	private final Accounts accounts;

	QrApiController(SessionScreens screens, QrCheckIn checkIn, Accounts accounts) {
		this.screens = screens;
		this.checkIn = checkIn;
		this.accounts = accounts;
	}

	/** Null code, url, step and validUntil outside the check-in window ({@code state} says which side). */
	record QrJson(String code, String url, Long step, Instant validUntil, Instant windowOpensAt, Instant windowClosesAt, String state,
			long checkedIn) {
	}

	record CheckInBody(String code, String fingerprint, Double latitude, Double longitude, Double accuracy) {
	}

	record CheckInJson(String status, Instant checkedInAt, boolean already, boolean flagged) {
	}

	@GetMapping("/api/v1/sessions/{sessionId}/qr")
	@PreAuthorize(ScreenController.SCREEN)
	QrJson qr(@PathVariable UUID sessionId) {
		SessionScreens.Screen s = screens.open(sessionId, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return new QrJson(s.code() == null ? null : s.code().value(), s.url(), s.code() == null ? null : s.code().step(),
				s.code() == null ? null : s.code().validUntil(), s.window().opensAt(), s.window().closesAt(), s.state().name(), s.checkedIn());
	}

	@PostMapping("/api/v1/sessions/{sessionId}/check-ins")
	@PreAuthorize(SCANNER)
	ResponseEntity<CheckInJson> checkIn(@PathVariable UUID sessionId, @RequestBody CheckInBody body, HttpServletRequest request) {
		Evidence evidence = new Evidence(body.fingerprint(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
				body.latitude(), body.longitude(), body.accuracy(), null, null);
		Result result = checkIn.checkIn(sessionId, body.code(), evidence, accounts.requireCurrent());
		return ResponseEntity.status(result.already() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new CheckInJson(result.status().name(), result.checkedInAt(), result.already(), result.flagged()));
	}
}
