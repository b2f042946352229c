package io.cotrain.notification.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.notification.delivery.Preferences.Effective;
import io.cotrain.tenancy.Accounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own channel switches. The account is always the caller's: no request names one. Saving records
 * an own choice only for a switch that was changed, so untouched channels keep following the tenant's choice.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PreferencesController {

	private final Preferences preferences;
	private final Accounts accounts;

	PreferencesController(Preferences preferences, Accounts accounts) {
		this.preferences = preferences;
		this.accounts = accounts;
	}

	@GetMapping("/inbox/preferences")
	@PreAuthorize("isAuthenticated()")
	String show(Model model) {
		model.addAttribute("states", preferences.effective(me()));
		return "notification/preferences";
	}

	/**
	 * @param channels the channels the form shows (a channel not named is left alone)
	 * @param on those of them switched on
	 * @param follow a channel whose own choice is dropped, so the tenant's applies again
	 */
	@PostMapping("/inbox/preferences")
	@PreAuthorize("isAuthenticated()")
	String save(@RequestParam(required = false) List<Channel> channels, @RequestParam(required = false) List<Channel> on,
			@RequestParam(required = false) Channel follow, RedirectAttributes flash) {
		UUID me = me();
		List<Channel> shown = channels == null ? List.of() : channels;
		List<Channel> switchedOn = on == null ? List.of() : on;
		Map<Channel, Boolean> choices = new EnumMap<>(Channel.class);
		for (Effective state : preferences.effective(me)) {
			boolean wanted = switchedOn.contains(state.channel());
			if (state.channel() == follow) {
				choices.put(state.channel(), null);
			}
			else if (shown.contains(state.channel()) && wanted != state.enabled()) {
				choices.put(state.channel(), wanted);
			}
		}
		preferences.choose(me, choices);
		flash.addFlashAttribute("saved", true);
		return "redirect:/inbox/preferences";
	}

	private UUID me() {
		return accounts.requireCurrent().id().value();
	}
}
