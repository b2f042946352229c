package io.cotrain.attendance.qr;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The session screen for a projector or tablet ({@code /sessions/{sessionId}/screen}): the course, its time in the
 * region's zone, the venue, the QR code and a countdown to the next one, the window state and how many have checked in;
 * htmx fetches the {@code code} fragment again when the code changes. {@code /sessions/screens} lists the screens the
 * caller may open (a check-in screen account's home).
 */
@Controller
@PreAuthorize(ScreenController.SCREEN)
class ScreenController {

	/** Who may open screens at all; which sessions' screens is {@link SessionScreens}' to decide. */
	static final String SCREEN = "hasAnyRole('HR_ADMIN','REGION_ADMIN','MENTOR','KIOSK')";

	private final SessionScreens screens;
	private final TenantDirectory directory;
	private final MessageSource messages;

	ScreenController(SessionScreens screens, TenantDirectory directory, MessageSource messages) {
		this.screens = screens;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/sessions/screens")
	@PreAuthorize(SCREEN)
	String list(Model model) {
		model.addAttribute("sessions", screens.upcoming());
		model.addAttribute("regionsById", directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, r -> r)));
		return "attendance/screens";
	}

	@GetMapping("/sessions/{sessionId}/screen")
	@PreAuthorize(SCREEN)
	String screen(@PathVariable UUID sessionId, Model model, Locale locale) {
		show(sessionId, model, locale);
		return "attendance/screen";
	}

	@GetMapping("/sessions/{sessionId}/screen/code")
	@PreAuthorize(SCREEN)
	String code(@PathVariable UUID sessionId, Model model, Locale locale) {
		show(sessionId, model, locale);
		return "attendance/screen :: code";
	}

	private void show(UUID sessionId, Model model, Locale locale) {
		SessionScreens.Screen screen = screens.open(sessionId, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("screen", screen);
		model.addAttribute("zone", screen.region().timeZone());
		if (screen.url() != null) {
			model.addAttribute("qr", QrSvg.of(screen.url(), messages.getMessage("attendance.screen.qrLabel", null, locale)));
		}
	}
}
