package io.cotrain.tenancy.web;

import java.time.ZoneId;
import java.time.ZoneOffset;

import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Pages show instants in the time zone of the user's (first) region; UTC for accounts without one. */
@ControllerAdvice(annotations = Controller.class)
class UserZoneAdvice {

	private final Accounts accounts;
	private final TenantDirectory directory;

	UserZoneAdvice(Accounts accounts, TenantDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@ModelAttribute("userZone")
	ZoneId userZone() {
		return accounts.current()
			.flatMap(user -> MyRegions.of(user, directory).stream().findFirst())
			.map(RegionInfo::timeZone)
			.orElse(ZoneOffset.UTC);
	}
}
