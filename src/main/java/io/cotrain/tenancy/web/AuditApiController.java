package io.cotrain.tenancy.web;

import io.cotrain.tenancy.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit", description = "Who changed what and when")
@RestController
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasAnyRole('HR_ADMIN','AUDITOR')")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@Operation(summary = "Audit entries, newest first")
	@GetMapping
	AuditLog.Page search(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String action,
			@RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return audit.search(subjectType, action, actor, Math.max(0, page), Math.min(Math.max(1, size), 200));
	}
}
