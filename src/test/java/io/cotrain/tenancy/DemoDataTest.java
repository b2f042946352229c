package io.cotrain.tenancy;

import java.util.List;

import io.cotrain.CoTrainTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seed adds only what is missing, so running it again changes nothing. */
@CoTrainTest
class DemoDataTest {

	@Autowired
	ApplicationContext context;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private SmartInitializingSingleton demoData() {
		List<SmartInitializingSingleton> seeds = context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
			.filter(bean -> bean.getClass().getName().endsWith("DemoData")).toList();
		assertThat(seeds).hasSize(1);
		return seeds.get(0);
	}

	private List<String> usernames(String tenantCode) {
		TenantInfo tenant = provisioning.findByCode(tenantCode).orElseThrow();
		return TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> accounts.list().stream().map(Accounts.AccountView::username).toList());
	}

	private long tenantRows() {
		return jdbc.sql("select count(*) from tenant").query(Long.class).single();
	}

	@Test
	void seedingAgainChangesNothing() {
		long tenantsBefore = tenantRows();
		List<String> demoBefore = usernames("demo");
		List<String> acmeBefore = usernames("acme");
		List<String> platformBefore = usernames("platform");
		assertThat(demoBefore).contains("hr@demo", "region.east@demo", "mentor.li@demo", "clerk.wang@demo", "cadre.zhang@demo",
				"auditor@demo");
		assertThat(platformBefore).contains("operator@platform");

		demoData().afterSingletonsInstantiated();

		assertThat(tenantRows()).isEqualTo(tenantsBefore);
		assertThat(usernames("demo")).containsExactlyElementsOf(demoBefore);
		assertThat(usernames("acme")).containsExactlyElementsOf(acmeBefore);
		assertThat(usernames("platform")).containsExactlyElementsOf(platformBefore);
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		assertThat(TenantScope.call(TenantScope.allRegions(demo.id()), () -> jdbc.sql("select code from region order by code")
			.query(String.class).list())).containsExactly("cn-east", "vn-hcm");
	}
}
