package io.cotrain.notification.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.notification.Channel;
import io.cotrain.notification.delivery.DeliveryLog;
import io.cotrain.notification.delivery.DeliveryStatus;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.template.Templates;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR's delivery log: every channel's deliveries with status and reason, filters, and the retry of failed ones. */
@Controller
@PreAuthorize("hasRole('HR_ADMIN')")
class DeliveryLogController {

	private static final int PAGE_SIZE = 50;

	private final DeliveryLog log;
	private final DeliveryWorker worker;
	private final Templates templates;
	private final TemplateTexts texts;
	private final EmployeeDirectory employees;
	private final Accounts accounts;

	DeliveryLogController(DeliveryLog log, DeliveryWorker worker, Templates templates, TemplateTexts texts, EmployeeDirectory employees,
			Accounts accounts) {
		this.log = log;
		this.worker = worker;
		this.templates = templates;
		this.texts = texts;
		this.employees = employees;
		this.accounts = accounts;
	}

	@GetMapping("/notifications/deliveries")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String list(@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		DeliveryLog.Page result = log.page(status, channel, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("labels", labels(result, locale));
		model.addAttribute("names", names(result));
		model.addAttribute("status", status);
		model.addAttribute("channel", channel);
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("channels", Channel.values());
		return "notification/deliveries";
	}

	/** The attempts of one delivery (an htmx fragment under its row). */
	@GetMapping("/notifications/deliveries/{id}/attempts")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String attempts(@PathVariable UUID id, Model model) {
		model.addAttribute("attempts", log.attempts(id));
		return "notification/deliveries :: attempts";
	}

	/** The label of each template key on the page (the key itself for one no longer declared). */
	private Map<String, String> labels(DeliveryLog.Page result, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		for (DeliveryLog.Entry entry : result.content()) {
			labels.computeIfAbsent(entry.templateKey(),
					key -> templates.declared(key).map(t -> texts.label(t, locale)).orElse(key));
		}
		return labels;
	}

	/** The name of each recipient on the page: the employee's, else the account's display name. */
	private Map<UUID, String> names(DeliveryLog.Page result) {
		Map<UUID, String> names = new HashMap<>();
		Set<EmployeeId> employeeIds = result.content().stream().filter(e -> e.employeeId() != null)
			.map(e -> new EmployeeId(e.employeeId())).collect(Collectors.toSet());
		employees.getAll(employeeIds).forEach(e -> names.put(e.id().value(), e.name()));
		for (DeliveryLog.Entry entry : result.content()) {
			if (entry.accountId() != null && !names.containsKey(entry.accountId())) {
				try {
					names.put(entry.accountId(), accounts.get(new AccountId(entry.accountId())).displayName());
				}
				catch (NotFoundException e) {
					// the account is gone: the page shows the link's generic label
				}
			}
		}
		return names;
	}

	@PostMapping("/notifications/deliveries/{id}/retry")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String retry(@PathVariable UUID id, @RequestParam(required = false) DeliveryStatus status,
			@RequestParam(required = false) Channel channel, RedirectAttributes flash) {
		try {
			log.retry(id);
			worker.wake();
			flash.addFlashAttribute("retried", true);
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("notRetried", true);
		}
		if (status != null) {
			flash.addAttribute("status", status);
		}
		if (channel != null) {
			flash.addAttribute("channel", channel);
		}
		return "redirect:/notifications/deliveries";
	}
}
