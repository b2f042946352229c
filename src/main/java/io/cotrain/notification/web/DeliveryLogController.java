package io.cotrain.notification.web;

import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.delivery.DeliveryLog;
import io.cotrain.notification.delivery.DeliveryStatus;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.shared.RuleViolationException;

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

	DeliveryLogController(DeliveryLog log, DeliveryWorker worker) {
		this.log = log;
		this.worker = worker;
	}

	@GetMapping("/notifications/deliveries")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String list(@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", log.page(status, channel, Math.max(0, page), PAGE_SIZE));
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
