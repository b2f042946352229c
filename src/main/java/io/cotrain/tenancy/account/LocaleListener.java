package io.cotrain.tenancy.account;

import io.cotrain.portal.UiLocaleChosen;
import io.cotrain.tenancy.Accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The language a user picks in the UI becomes the account's locale (used for notices). */
@Component
class LocaleListener {

	private final Accounts accounts;

	LocaleListener(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(UiLocaleChosen event) {
		accounts.current().filter(u -> !u.locale().equals(event.locale())).ifPresent(u -> accounts.changeOwnLocale(event.locale()));
	}
}
