package io.cotrain.attendance.privacy;

import java.util.UUID;

import io.cotrain.attendance.Sessions;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's consent to snapshot evidence (page actions on {@code /my/check-ins} and the API), and opening a kept
 * snapshot of a session's check-in (HR and region admins, never cached, each view audited).
 */
@Controller
@PreAuthorize(SnapshotController.OWN)
class SnapshotController {

	static final String OWN = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR','MENTOR','EMPLOYEE')";
	static final String VIEW = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";

	private final Snapshots snapshots;
	private final Sessions sessions;
	private final Accounts accounts;

	SnapshotController(Snapshots snapshots, Sessions sessions, Accounts accounts) {
		this.snapshots = snapshots;
		this.sessions = sessions;
		this.accounts = accounts;
	}

	@PostMapping("/my/check-ins/snapshot-consent")
	@PreAuthorize(OWN)
	String give(RedirectAttributes flash) {
		try {
			snapshots.give(me(), user().username());
			flash.addFlashAttribute("done", "consentGiven");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/my/check-ins#snapshot-consent";
	}

	@PostMapping("/my/check-ins/snapshot-consent/withdraw")
	@PreAuthorize(OWN)
	String withdraw(RedirectAttributes flash) {
		try {
			snapshots.withdraw(me(), user().username());
			flash.addFlashAttribute("done", "consentWithdrawn");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/my/check-ins#snapshot-consent";
	}

	@GetMapping("/sessions/{sessionId}/snapshots/{snapshotId}")
	@PreAuthorize(VIEW)
	ResponseEntity<byte[]> open(@PathVariable UUID sessionId, @PathVariable UUID snapshotId) {
		sessions.get(sessionId);
		if (!snapshots.ofSession(sessionId).containsValue(snapshotId)) {
			throw new NotFoundException("snapshot", snapshotId);
		}
		Snapshots.Image image = snapshots.open(snapshotId);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.parseMediaType(image.contentType()))
			.header("X-Content-Type-Options", "nosniff").body(image.bytes());
	}

	private CurrentUser user() {
		return accounts.current().orElseThrow();
	}

	/** @throws RuleViolationException for an account without an employee: it has nothing to consent to */
	static EmployeeId me(CurrentUser user) {
		if (user.employeeId() == null) {
			throw RuleViolationException.of(null, "attendance.consent.noEmployee");
		}
		return new EmployeeId(user.employeeId());
	}

	private EmployeeId me() {
		return me(user());
	}

}
