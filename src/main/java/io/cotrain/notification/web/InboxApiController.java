package io.cotrain.notification.web;

import java.util.UUID;

import io.cotrain.notification.inbox.Inbox;
import io.cotrain.tenancy.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own in-app notices, at {@code /api/v1/inbox} and (the same) {@code /api/v1/me/notifications}. */
@Tag(name = "Notifications")
@RestController
class InboxApiController {

	private final Inbox inbox;
	private final Accounts accounts;

	InboxApiController(Inbox inbox, Accounts accounts) {
		this.inbox = inbox;
		this.accounts = accounts;
	}

	@Operation(summary = "The caller's notices, newest first, with the unread count")
	@GetMapping({ "/api/v1/inbox", "/api/v1/me/notifications" })
	@PreAuthorize("isAuthenticated()")
	Notices list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		UUID me = me();
		Inbox.Page result = inbox.page(me, Math.max(0, page), Math.min(Math.max(1, size), 100));
		return new Notices(result, inbox.unread(me));
	}

	@Operation(summary = "Marks one of the caller's notices read (404 for any other)")
	@PostMapping({ "/api/v1/inbox/{id}/read", "/api/v1/me/notifications/{id}/read" })
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<Void> read(@PathVariable UUID id) {
		inbox.markRead(me(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Marks all the caller's notices read")
	@PostMapping({ "/api/v1/inbox/read-all", "/api/v1/me/notifications/read-all" })
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<Void> readAll() {
		inbox.markAllRead(me());
		return ResponseEntity.noContent().build();
	}

	private UUID me() {
		return accounts.requireCurrent().id().value();
	}

	record Notices(java.util.List<Inbox.Entry> content, long totalElements, int page, int size, int totalPages, long unread) {

		Notices(Inbox.Page page, long unread) {
			this(page.content(), page.totalElements(), page.page(), page.size(), page.totalPages(), unread);
		}
	}
}
