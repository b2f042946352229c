package io.cotrain.attendance.session.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.cotrain.attendance.Sessions;
import io.cotrain.attendance.Sessions.RosterLine;
import io.cotrain.attendance.Sessions.SessionView;
import io.cotrain.attendance.session.ProxyFlags;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicies.PolicyForm;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.training.Occurrences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions for check-in over the API: lists, live roster, a session's check-in rules, proxy-check-in flags. */
@Tag(name = "Sessions", description = "Training sessions: check-in windows, live rosters, rules and proxy check-in flags")
@RestController
class SessionApiController {

	private final Sessions sessions;
	private final SessionPolicies policies;
	private final ProxyFlags flags;
	private final Occurrences occurrences;
	private final Accounts accounts;

	SessionApiController(Sessions sessions, SessionPolicies policies, ProxyFlags flags, Occurrences occurrences, Accounts accounts) {
		this.sessions = sessions;
		this.policies = policies;
		this.flags = flags;
		this.occurrences = occurrences;
		this.accounts = accounts;
	}

	record PolicyInput(Integer opensBeforeMinutes, Integer closesAfterMinutes, Integer lateAfterMinutes, Integer jointWithinMinutes,
			SessionPolicy.Methods methods, List<String> ipRanges, Double latitude, Double longitude, Integer radiusMetres) {

		PolicyForm form() {
			return new PolicyForm(opensBeforeMinutes, closesAfterMinutes, lateAfterMinutes, jointWithinMinutes, methods,
					ipRanges == null ? null : String.join(",", ipRanges), latitude, longitude, radiusMetres);
		}
	}

	record ReviewInput(ProxyFlags.Review decision, String note) {
	}

	@Operation(summary = "The sessions the caller sees, by start: open=true those whose check-in window is open now; else from/to (default a day back to 30 days ahead)")
	@GetMapping("/api/v1/sessions")
	@PreAuthorize(SessionAccess.READ)
	List<SessionView> list(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) OffsetDateTime from,
			@RequestParam(required = false) OffsetDateTime to) {
		return sessions.list(new Sessions.Filter(open, from == null ? null : from.toInstant(), to == null ? null : to.toInstant()));
	}

	@GetMapping("/api/v1/sessions/{sessionId}")
	@PreAuthorize(SessionAccess.READ)
	SessionView get(@PathVariable UUID sessionId) {
		return sessions.get(sessionId);
	}

	@Operation(summary = "The live roster: status, check-in time and method, joint presence of the group, open proxy flags")
	@GetMapping("/api/v1/sessions/{sessionId}/roster")
	@PreAuthorize(SessionAccess.READ)
	List<RosterLine> roster(@PathVariable UUID sessionId) {
		return sessions.roster(sessionId);
	}

	@GetMapping("/api/v1/sessions/{sessionId}/policy")
	@PreAuthorize(SessionAccess.STAFF_READ)
	SessionPolicy policy(@PathVariable UUID sessionId) {
		sessions.get(sessionId);
		return policies.of(occurrences.find(sessionId).orElseThrow());
	}

	@Operation(summary = "Sets the session's own check-in rules (minutes, methods QR/FACE/BOTH, IP ranges, geofence)")
	@PutMapping("/api/v1/sessions/{sessionId}/policy")
	@PreAuthorize(SessionAccess.MANAGE)
	SessionPolicy setPolicy(@PathVariable UUID sessionId, @RequestBody PolicyInput in) {
		sessions.get(sessionId);
		return policies.save(occurrences.find(sessionId).orElseThrow(), in.form(), username());
	}

	@Operation(summary = "Back to the tenant's settings for the session's region")
	@DeleteMapping("/api/v1/sessions/{sessionId}/policy")
	@PreAuthorize(SessionAccess.MANAGE)
	SessionPolicy resetPolicy(@PathVariable UUID sessionId) {
		sessions.get(sessionId);
		var session = occurrences.find(sessionId).orElseThrow();
		policies.reset(session);
		return policies.of(session);
	}

	@Operation(summary = "Suspected proxy check-ins of the session (one browser for several people, several browsers for one)")
	@GetMapping("/api/v1/sessions/{sessionId}/flags")
	@PreAuthorize(SessionAccess.STAFF_READ)
	List<ProxyFlags.Flag> flags(@PathVariable UUID sessionId) {
		sessions.get(sessionId);
		return flags.of(sessionId);
	}

	@Operation(summary = "Confirms or dismisses a flag ({decision: CONFIRMED|DISMISSED, note})")
	@PostMapping("/api/v1/sessions/{sessionId}/flags/{flagId}")
	@ResponseStatus(HttpStatus.OK)
	@PreAuthorize(SessionAccess.MANAGE)
	ProxyFlags.Flag review(@PathVariable UUID sessionId, @PathVariable UUID flagId, @RequestBody ReviewInput in) {
		sessions.get(sessionId);
		return flags.review(sessionId, flagId, in.decision(), in.note(), username());
	}

	private String username() {
		return accounts.current().map(CurrentUser::username).orElseThrow();
	}
}
