package io.cotrain.attendance.privacy;

import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own consent to snapshot evidence over the API: read, give (PUT), withdraw (DELETE, deletes the snapshots). */
@Tag(name = "Check-ins", description = "My sessions' outcomes, correction requests and their decisions")
@RestController
class SnapshotApiController {

	private final Snapshots snapshots;
	private final Accounts accounts;

	SnapshotApiController(Snapshots snapshots, Accounts accounts) {
		this.snapshots = snapshots;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/me/snapshot-consent")
	@PreAuthorize(SnapshotController.OWN)
	Snapshots.Consent consent() {
		return user().employeeId() == null ? new Snapshots.Consent(false, null, null) : snapshots.consent(SnapshotController.me(user()));
	}

	@PutMapping("/api/v1/me/snapshot-consent")
	@PreAuthorize(SnapshotController.OWN)
	Snapshots.Consent giveOverApi() {
		return snapshots.give(SnapshotController.me(user()), user().username());
	}

	@DeleteMapping("/api/v1/me/snapshot-consent")
	@PreAuthorize(SnapshotController.OWN)
	Snapshots.Consent withdrawOverApi() {
		return snapshots.withdraw(SnapshotController.me(user()), user().username());
	}

	private CurrentUser user() {
		return accounts.current().orElseThrow();
	}
}
