package io.cotrain.tenancy.web;

import io.cotrain.tenancy.AuditLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private static final int PAGE_SIZE = 25;
	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	/** The audit log with filters; htmx requests get only the table. */
	@GetMapping("/audit")
	@PreAuthorize("hasAnyRole('HR_ADMIN','AUDITOR')")
	String list(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String action,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("result", audit.search(subjectType, action, actor, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("action", action);
		model.addAttribute("actor", actor);
		return htmx != null ? "tenancy/audit :: table" : "tenancy/audit";
	}
}
