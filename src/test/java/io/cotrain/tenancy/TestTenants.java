package io.cotrain.tenancy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cotrain.tenancy.TenantDirectory.RegionForm;

/**
 * Tenants and accounts of a test's own: random codes, so tests never share (or disturb) each other's data
 * or the demo tenants.
 */
public final class TestTenants {

	public static final String PASSWORD = "test-secret-42";
	private static final SecureRandom RANDOM = new SecureRandom();

	private TestTenants() {
	}

	/** {@code t} and 8 random lower-case hex digits: a valid, practically unique tenant code. */
	public static String randomCode() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return "t" + HexFormat.of().formatHex(bytes);
	}

	/** A new tenant with region {@code r1} (Asia/Shanghai, zh-CN) and HR admin {@code hr@<code>} / {@link #PASSWORD}. */
	public static TenantInfo provision(TenantProvisioning provisioning) {
		return provision(provisioning, List.of(new RegionForm("r1", "区域一", "Asia/Shanghai", "zh-CN", "CN")));
	}

	public static TenantInfo provision(TenantProvisioning provisioning, List<RegionForm> regions) {
		String code = randomCode();
		return provisioning.provision(new TenantProvisioning.NewTenant(code, "Test " + code, null, regions, "hr", null, PASSWORD)).tenant();
	}

	/** Creates {@code name@<tenant>} with {@link #PASSWORD} in the tenant's scope (call outside any transaction). */
	public static Accounts.AccountView account(Accounts accounts, TenantInfo tenant, String name, Role role) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.create(new Accounts.NewAccount(name,
				"Test " + name, Set.of(role), Set.of(), Locale.SIMPLIFIED_CHINESE, PASSWORD, null)).account());
	}
}
