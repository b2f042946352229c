package io.cotrain.tenancy.web;

import java.time.ZoneOffset;
import java.util.Map;

import io.cotrain.portal.PageModel;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/** Pages show instants in the time zone of the user's (first) region ({@code userZone}); UTC for accounts without one. */
@Component
class UserZonePage implements PageModel {

	private final Accounts accounts;
	private final TenantDirectory directory;

	UserZonePage(Accounts accounts, TenantDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	public void contribute(HttpServletRequest request, Map<String, Object> model) {
		model.put("userZone", accounts.current()
			.flatMap(user -> MyRegions.of(user, directory).stream().findFirst())
			.map(RegionInfo::timeZone)
			.orElse(ZoneOffset.UTC));
	}
}
