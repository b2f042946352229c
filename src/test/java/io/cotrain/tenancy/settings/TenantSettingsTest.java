package io.cotrain.tenancy.settings;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.CompetencySettings;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Setting;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers are data: defaults, the tenant's value, a region's value, validation, audit and isolation. */
@CoTrainTest
class TenantSettingsTest {

	private static final String KEY = CompetencySettings.KPI_WINDOW_MONTHS.key();

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantSettings settings;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Accounts accounts;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	JsonMapper json;

	private TenantInfo tenant;
	private TenantInfo other;
	private TestHttp http;

	@BeforeEach
	void tenants() {
		tenant = TestTenants.provision(provisioning, List.of(new RegionForm("north", "North", "Asia/Shanghai", "zh-CN", "CN"),
				new RegionForm("south", "South", "Asia/Ho_Chi_Minh", "en", "VN")));
		other = TestTenants.provision(provisioning);
		http = new TestHttp(port, json);
	}

	@Test
	void theDefaultAppliesUntilTheTenantSetsAValue() {
		assertThat(inScope(tenant, () -> settings.get(CompetencySettings.KPI_WINDOW_MONTHS))).isEqualTo(3);

		inScope(tenant, () -> {
			settings.set(KEY, null, "6");
			return null;
		});

		assertThat(inScope(tenant, () -> settings.get(CompetencySettings.KPI_WINDOW_MONTHS))).isEqualTo(6);
		assertThat(inScope(other, () -> settings.get(CompetencySettings.KPI_WINDOW_MONTHS))).as("another tenant").isEqualTo(3);
		assertThat(inScope(tenant, () -> audit.search("setting", "SETTING_CHANGED", null, 0, 10).total())).isEqualTo(1);

		inScope(tenant, () -> {
			settings.set(KEY, null, "");
			return null;
		});
		assertThat(inScope(tenant, () -> settings.get(CompetencySettings.KPI_WINDOW_MONTHS))).as("removed").isEqualTo(3);
	}

	@Test
	void aRegionValueOverridesTheTenantValueOfAPerRegionSetting() {
		Setting<BigDecimal> share = Setting.percent("test.share-" + UUID.randomUUID(), "0.3", true);
		RegionInfo north = inScope(tenant, () -> directory.regionByCode("north").orElseThrow());
		RegionInfo south = inScope(tenant, () -> directory.regionByCode("south").orElseThrow());
		inScope(tenant, () -> tx.execute(s -> {
			store(share.key(), null, "40%");
			store(share.key(), north, "55%");
			return null;
		}));

		assertThat(inScope(tenant, () -> settings.get(share, north.id()))).isEqualByComparingTo("0.55");
		assertThat(inScope(tenant, () -> settings.get(share, south.id()))).isEqualByComparingTo("0.40");
		assertThat(inScope(tenant, () -> settings.get(share))).isEqualByComparingTo("0.40");
	}

	@Test
	void severalSettingsReadTogetherGiveWhatEachReadAloneGives() {
		Setting<BigDecimal> share = Setting.percent("test.share-" + UUID.randomUUID(), "0.3", true);
		Setting<BigDecimal> tenantOnly = Setting.percent("test.tenant-" + UUID.randomUUID(), "0.3", false);
		Setting<BigDecimal> untouched = Setting.percent("test.untouched-" + UUID.randomUUID(), "0.2", true);
		RegionInfo north = inScope(tenant, () -> directory.regionByCode("north").orElseThrow());
		RegionInfo south = inScope(tenant, () -> directory.regionByCode("south").orElseThrow());
		inScope(tenant, () -> tx.execute(s -> {
			store(share.key(), null, "40%");
			store(share.key(), north, "55%");
			store(tenantOnly.key(), null, "10%");
			store(tenantOnly.key(), north, "90%");
			return null;
		}));

		TenantSettings.Values inNorth = inScope(tenant, () -> settings.get(List.of(share, tenantOnly, untouched), north.id()));
		TenantSettings.Values inSouth = inScope(tenant, () -> settings.get(List.of(share, tenantOnly, untouched), south.id()));
		TenantSettings.Values elsewhere = inScope(other, () -> settings.get(List.of(share, tenantOnly, untouched), north.id()));

		assertThat(inNorth.get(share)).isEqualByComparingTo("0.55");
		assertThat(inNorth.get(tenantOnly)).isEqualByComparingTo("0.10");
		assertThat(inNorth.get(untouched)).isEqualByComparingTo("0.2");
		assertThat(inSouth.get(share)).isEqualByComparingTo("0.40");
		assertThat(elsewhere.get(share)).isEqualByComparingTo("0.3");
		assertThatThrownBy(() -> inNorth.get(CompetencySettings.KPI_WINDOW_MONTHS)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void parsesAndChecksEveryType() {
		assertThat(Setting.percent("p", "0.3", false).parse("30%")).isEqualByComparingTo("0.3");
		assertThat(Setting.percent("p", "0.3", false).format(new BigDecimal("0.35"))).isEqualTo("35%");
		assertThat(Setting.duration("d", Duration.ofHours(24), Duration.ZERO, Duration.ofDays(7), false).parse("PT36H"))
			.isEqualTo(Duration.ofHours(36));
		assertThatThrownBy(() -> Setting.percent("p", "0.3", false).parse("130%")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CompetencySettings.KPI_WINDOW_MONTHS.parse("0")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CompetencySettings.KPI_WINDOW_MONTHS.parse("three")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Setting.flag("f", true, false).parse("yes")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theApiRefusesAnInvalidValueAndARegionAdminChangingTheWholeTenant() {
		String hr = TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
		HttpResponse<String> invalid = http.send("PUT", "/api/v1/settings", hr, "{\"key\":\"" + KEY + "\",\"value\":\"99\"}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"field\":\"value\"", "validation.setting.value");

		RegionInfo north = inScope(tenant, () -> directory.regionByCode("north").orElseThrow());
		inScope(tenant, () -> accounts.create(new Accounts.NewAccount("admin.north", "North admin", java.util.Set.of(Role.REGION_ADMIN),
				java.util.Set.of(north.id()), null, TestTenants.PASSWORD, null)));
		String regionAdmin = TestHttp.basic("admin.north@" + tenant.code(), TestTenants.PASSWORD);
		assertThat(http.send("PUT", "/api/v1/settings", regionAdmin, "{\"key\":\"" + KEY + "\",\"value\":\"5\"}").statusCode())
			.isEqualTo(403);

		assertThat(http.send("PUT", "/api/v1/settings", hr, "{\"key\":\"" + KEY + "\",\"value\":\"5\"}").statusCode())
			.isEqualTo(204);
		assertThat(http.get("/api/v1/settings", hr).body()).contains("\"key\":\"" + KEY + "\"", "\"tenantValue\":\"5\"",
				"\"defaultValue\":\"3\"");
		assertThat(http.get("/api/v1/settings", TestHttp.basic("hr@" + other.code(), TestTenants.PASSWORD)).body())
			.doesNotContain("\"tenantValue\":\"5\"");
	}

	private void store(String key, RegionInfo region, String value) {
		jdbc.sql("insert into tenant_setting (id, tenant_id, region_id, key, value, updated_at, updated_by) "
				+ "values (gen_random_uuid(), :tenant, :region, :key, :value, now(), 'test')")
			.param("tenant", TenantScope.require().tenant().value()).param("region", region == null ? null : region.id().value())
			.param("key", key).param("value", value).update();
	}

	private static <T> T inScope(TenantInfo tenant, java.util.function.Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}
}
