package io.cotrain.attendance.session.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.attendance.session.Corrections;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learner's check-ins and corrections (补卡) over the API, and the corrections mentors and HR decide. */
@Tag(name = "Check-ins", description = "My sessions' outcomes, correction requests and their decisions")
@RestController
class CheckInApiController {

	private final MyCheckIns mine;
	private final Corrections corrections;
	private final Accounts accounts;

	CheckInApiController(MyCheckIns mine, Corrections corrections, Accounts accounts) {
		this.mine = mine;
		this.corrections = corrections;
		this.accounts = accounts;
	}

	record CorrectionInput(UUID sessionId, String reason) {
	}

	record DecisionInput(String note) {
	}

	@Operation(summary = "My sessions of the last 60 and next 30 days with my status, check-in and my group's joint presence")
	@GetMapping("/api/v1/me/check-ins")
	@PreAuthorize(SessionAccess.READ)
	List<MyCheckIns.MySession> myCheckIns() {
		return me() == null ? List.of() : mine.of(me());
	}

	@GetMapping("/api/v1/me/corrections")
	@PreAuthorize(SessionAccess.READ)
	List<Corrections.Correction> myCorrections() {
		return me() == null ? List.of() : corrections.of(me());
	}

	@Operation(summary = "Requests a correction (补卡) of my attendance at a started session ({sessionId, reason})")
	@PostMapping("/api/v1/me/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(SessionAccess.READ)
	Corrections.Correction request(@RequestBody CorrectionInput in) {
		EmployeeId me = me();
		if (me == null) {
			throw new NotFoundException("employee", user().username());
		}
		return corrections.request(in.sessionId(), me, in.reason(), user().username());
	}

	@Operation(summary = "Corrections I decide (a mentor: my mentees'), pending first")
	@GetMapping("/api/v1/corrections")
	@PreAuthorize(SessionAccess.LEAD)
	List<Corrections.Correction> toDecide(@RequestParam(defaultValue = "true") boolean pending) {
		return corrections.toDecide(pending);
	}

	@PostMapping("/api/v1/corrections/{correctionId}/approve")
	@PreAuthorize(SessionAccess.DECIDE)
	Corrections.Correction approve(@PathVariable UUID correctionId, @RequestBody(required = false) DecisionInput in) {
		return corrections.decide(correctionId, true, in == null ? null : in.note());
	}

	@PostMapping("/api/v1/corrections/{correctionId}/reject")
	@PreAuthorize(SessionAccess.DECIDE)
	Corrections.Correction reject(@PathVariable UUID correctionId, @RequestBody(required = false) DecisionInput in) {
		return corrections.decide(correctionId, false, in == null ? null : in.note());
	}

	private CurrentUser user() {
		return accounts.current().orElseThrow();
	}

	private EmployeeId me() {
		return user().employeeId() == null ? null : new EmployeeId(user().employeeId());
	}
}
