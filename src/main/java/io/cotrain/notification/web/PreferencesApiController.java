package io.cotrain.notification.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.delivery.Preferences;
import io.cotrain.notification.delivery.Preferences.Effective;
import io.cotrain.tenancy.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own channel preferences (never another account's: the account is the caller's). */
@Tag(name = "Notifications")
@RestController
class PreferencesApiController {

	private final Preferences preferences;
	private final Accounts accounts;

	PreferencesApiController(Preferences preferences, Accounts accounts) {
		this.preferences = preferences;
		this.accounts = accounts;
	}

	@Operation(summary = "Per channel: whether it is on for the caller and whose choice decides (ACCOUNT, TENANT or DEFAULT); "
			+ "mandatory notices ignore these")
	@GetMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("isAuthenticated()")
	List<Effective> list() {
		return preferences.effective(me());
	}

	@Operation(summary = "Sets the caller's own choices, e.g. {\"SMS\": false, \"MAIL\": true}; null drops the own choice "
			+ "(the tenant's applies again); channels not named stay as they are")
	@PutMapping("/api/v1/me/notification-preferences")
	@PreAuthorize("isAuthenticated()")
	List<Effective> save(@RequestBody Map<Channel, Boolean> choices) {
		UUID me = me();
		preferences.choose(me, choices);
		return preferences.effective(me);
	}

	private UUID me() {
		return accounts.requireCurrent().id().value();
	}
}
