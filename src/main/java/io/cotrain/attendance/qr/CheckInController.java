package io.cotrain.attendance.qr;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The phone's check-in page, opened from the screen's QR code ({@code /check-in/{sessionId}?c=<code>}): login first
 * (the saved request brings the scanner back here, code and all), then the session and a button; the page's script
 * ({@code /js/check-in.js}) adds the browser fingerprint and, for a session with a geofence, the location. The post
 * answers with the outcome: checked in (PRESENT or LATE, at what time in the region's zone), already checked in, or why
 * not.
 */
@Controller
@PreAuthorize(QrApiController.SCANNER)
class CheckInController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final QrCheckIn checkIn;
	private final Accounts accounts;
	private final MessageSource messages;

	CheckInController(QrCheckIn checkIn, Accounts accounts, MessageSource messages) {
		this.checkIn = checkIn;
		this.accounts = accounts;
		this.messages = messages;
	}

	record CheckInForm(String c, String fingerprint, Double latitude, Double longitude, Double accuracy) {
	}

	@GetMapping("/check-in/{sessionId}")
	@PreAuthorize(QrApiController.SCANNER)
	String page(@PathVariable UUID sessionId, @RequestParam(name = "c", required = false) String code, Model model) {
		model.addAttribute("scan", checkIn.scan(sessionId, code));
		model.addAttribute("code", code);
		model.addAttribute("linked", accounts.requireCurrent().employeeId() != null);
		return "attendance/check-in";
	}

	@PostMapping("/check-in/{sessionId}")
	@PreAuthorize(QrApiController.SCANNER)
	String process(@PathVariable UUID sessionId, @ModelAttribute CheckInForm form, HttpServletRequest request, Model model,
			Locale locale) {
		QrCheckIn.Scan scan = checkIn.scan(sessionId, form.c());
		model.addAttribute("scan", scan);
		Evidence evidence = new Evidence(blankToNull(form.fingerprint()), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
				form.latitude(), form.longitude(), form.accuracy(), null, null);
		try {
			model.addAttribute("result", checkIn.checkIn(sessionId, form.c(), evidence, accounts.requireCurrent()));
		}
		catch (RuleViolationException e) {
			model.addAttribute("problems", e.violations().stream().map(v -> messages.getMessage(v.code(),
					zoned(v.args(), scan.region().timeZone()), v.code(), locale)).toList());
		}
		return "attendance/check-in-result";
	}

	/** Times in a refusal (when the window opens or closed) in the session's zone. */
	private static Object[] zoned(Object[] args, ZoneId zone) {
		return Arrays.stream(args).map(a -> a instanceof Instant i ? TIME.format(i.atZone(zone)) : a).toArray();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
