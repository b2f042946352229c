package io.cotrain.employee;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table of the module is filtered by the connection's scope, whatever SQL reads it. */
@CoTrainTest
class EmployeeRowSecurityTest {

	private static final List<String> TABLES = List.of("org_unit", "job_position", "employee", "employee_assignment", "tag",
			"employee_tag");

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private <T> T in(TenantScope scope, java.util.function.Supplier<T> work) {
		return TenantScope.call(scope, work);
	}

	@Test
	void withoutAScopeOrInAnotherTenantNothingOfDemoIsThere() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		TenantInfo acme = provisioning.findByCode("acme").orElseThrow();
		for (String table : TABLES) {
			assertThat(count("select count(*) from " + table)).as(table + " without a scope").isZero();
			assertThat(in(TenantScope.allRegions(demo.id()), () -> count("select count(*) from " + table))).as(table + " of demo")
				.isPositive();
			assertThat(in(TenantScope.allRegions(acme.id()), () -> count("select count(*) from " + table + " where tenant_id = '"
					+ demo.id() + "'"))).as(table + " seen from acme").isZero();
		}
	}

	@Test
	void aRegionScopeSeesItsEmployeesTheirHistoryAndTagsOnly() {
		TenantInfo demo = provisioning.findByCode("demo").orElseThrow();
		RegionId east = in(TenantScope.allRegions(demo.id()), () -> directory.regionByCode("cn-east").orElseThrow().id());
		TenantScope eastOnly = TenantScope.regions(demo.id(), Set.of(east));
		List<UUID> regions = in(eastOnly, () -> jdbc.sql("select distinct region_id from employee").query(UUID.class).list());
		assertThat(regions).containsExactly(east.value());
		long all = in(TenantScope.allRegions(demo.id()), () -> count("select count(*) from employee"));
		long visible = in(eastOnly, () -> count("select count(*) from employee"));
		assertThat(visible).isPositive().isLessThan(all);
		assertThat(in(eastOnly, () -> count("select count(distinct employee_id) from employee_assignment"))).isEqualTo(visible);
		assertThat(in(eastOnly, () -> count("select count(*) from employee_tag et where not exists "
				+ "(select 1 from employee e where e.id = et.employee_id)"))).isZero();
		// org units: company-wide ones and cn-east's, not vn-hcm's
		assertThat(in(eastOnly, () -> jdbc.sql("select code from org_unit").query(String.class).list())).contains("DEMO", "ORD",
				"ORD-E1").doesNotContain("ORD-V1", "PROD-V1");
	}
}
