package io.cotrain.notification.web;

import java.util.UUID;

import io.cotrain.notification.inbox.Inbox;
import io.cotrain.tenancy.Accounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's inbox page and the unread badge of the navigation bar (polled by htmx). */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxController {

	static final int PAGE_SIZE = 20;

	private final Inbox inbox;
	private final Accounts accounts;

	InboxController(Inbox inbox, Accounts accounts) {
		this.inbox = inbox;
		this.accounts = accounts;
	}

	@GetMapping("/inbox")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		UUID me = me();
		model.addAttribute("result", inbox.page(me, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("unread", inbox.unread(me));
		return "notification/inbox";
	}

	@GetMapping("/inbox/badge")
	@PreAuthorize("isAuthenticated()")
	String badge(Model model) {
		model.addAttribute("unread", inbox.unread(me()));
		return "notification/inbox :: count";
	}

	/** Marks the notice read and opens the thing it is about (or goes back to the inbox). */
	@PostMapping("/inbox/{id}/read")
	@PreAuthorize("isAuthenticated()")
	String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean open) {
		String link = inbox.markRead(me(), id);
		return "redirect:" + (open && link != null ? link : "/inbox");
	}

	@PostMapping("/inbox/read-all")
	@PreAuthorize("isAuthenticated()")
	String readAll() {
		inbox.markAllRead(me());
		return "redirect:/inbox";
	}

	private UUID me() {
		return accounts.requireCurrent().id().value();
	}
}
