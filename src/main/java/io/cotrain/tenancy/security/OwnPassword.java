package io.cotrain.tenancy.security;

import io.cotrain.tenancy.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * A user changes their own password: every other session of the account ends (they compare the time the
 * password was set), this one continues.
 */
@Component
public class OwnPassword {

	private final Accounts accounts;
	private final Principals principals;

	OwnPassword(Accounts accounts, Principals principals) {
		this.accounts = accounts;
		this.principals = principals;
	}

	public void change(String currentPassword, String newPassword, HttpServletRequest request, HttpServletResponse response) {
		accounts.changeOwnPassword(currentPassword, newPassword);
		SessionAccountFilter.keepSession(principals, request, response);
	}
}
