package io.cotrain.tenancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.tenancy.TenantDirectory.RegionForm;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Tenant isolation as PostgreSQL enforces it: plain SQL in a scope sees and changes only the scope's rows. */
@CoTrainTest
class RowLevelSecurityTest {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	PlatformTransactionManager transactions;

	private TenantInfo tenantA;
	private TenantInfo tenantB;

	@BeforeEach
	void twoTenants() {
		List<RegionForm> regions = List.of(new RegionForm("east", "East", "Asia/Shanghai", "zh-CN", "CN"),
				new RegionForm("south", "South", "Asia/Ho_Chi_Minh", "vi-VN", "VN"));
		tenantA = TestTenants.provision(provisioning, regions);
		tenantB = TestTenants.provision(provisioning, regions);
	}

	private <T> T in(TenantScope scope, Supplier<T> work) {
		return TenantScope.call(scope, () -> new TransactionTemplate(transactions).execute(status -> work.get()));
	}

	private <T> T inTenant(TenantInfo tenant, Supplier<T> work) {
		return in(TenantScope.allRegions(tenant.id()), work);
	}

	private List<UUID> tenantIdsOf(String table) {
		return jdbc.sql("select tenant_id from " + table).query(UUID.class).list();
	}

	@Test
	void aTenantsScopeSeesOnlyItsOwnAccountsAndRegions() {
		inTenant(tenantA, () -> {
			assertThat(tenantIdsOf("account")).isNotEmpty().containsOnly(tenantA.id().value());
			assertThat(tenantIdsOf("region")).hasSize(2).containsOnly(tenantA.id().value());
			assertThat(jdbc.sql("select username from account").query(String.class).list())
				.contains("hr@" + tenantA.code()).doesNotContain("hr@" + tenantB.code(), "hr@demo");
			assertThat(jdbc.sql("select count(*) from account where tenant_id = :b").param("b", tenantB.id().value())
				.query(Long.class).single()).isZero();
			return null;
		});
		inTenant(tenantB, () -> {
			assertThat(jdbc.sql("select username from account").query(String.class).list())
				.containsExactly("hr@" + tenantB.code());
			return null;
		});
	}

	@Test
	void aScopeCannotChangeAnotherTenantsRows() {
		int changed = inTenant(tenantA, () -> jdbc.sql("update account set display_name = 'hijacked' where tenant_id = :b")
			.param("b", tenantB.id().value()).update());
		assertThat(changed).isZero();
		inTenant(tenantB, () -> {
			assertThat(jdbc.sql("select display_name from account").query(String.class).list()).doesNotContain("hijacked");
			return null;
		});
	}

	@Test
	void aRegionForAnotherTenantCannotBeInsertedInAScope() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> inTenant(tenantA, () -> insertRegion(tenantB.id(), "planted")))
			.havingRootCause().withMessageContaining("violates row-level security policy for table \"region\"");
		assertThat(inTenant(tenantB, () -> jdbc.sql("select code from region").query(String.class).list()))
			.containsExactlyInAnyOrder("east", "south");
		// the same statement for the scope's own tenant is allowed
		assertThat(inTenant(tenantA, () -> insertRegion(tenantA.id(), "own"))).isEqualTo(1);
		assertThat(inTenant(tenantA, () -> jdbc.sql("select code from region").query(String.class).list())).contains("own");
	}

	private int insertRegion(TenantId tenant, String code) {
		return jdbc.sql("""
				insert into region (id, tenant_id, code, name, time_zone, locale, phone_country, created_at)
				values (:id, :tenant, :code, 'Planted', 'Asia/Shanghai', 'zh-CN', 'CN', :now)""")
			.param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("code", code)
			.param("now", Timestamp.from(Instant.now())).update();
	}

	@Test
	void withoutAScopeTenantOwnedTablesLookEmptyAndRefuseWrites() {
		assertThat(TenantScope.current()).isEmpty();
		for (String table : List.of("account", "region", "api_token", "audit_event")) {
			assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
		}
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> insertRegion(tenantA.id(), "noscope"))
			.havingRootCause().withMessageContaining("row-level security");
		// the tenant registry itself is not tenant-owned
		assertThat(jdbc.sql("select count(*) from tenant where code = :c").param("c", tenantA.code()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aRegionLimitedScopeSeesOnlyItsRegions() {
		UUID east = inTenant(tenantA, () -> jdbc.sql("select id from region where code = 'east'").query(UUID.class).single());
		TenantScope eastOnly = TenantScope.regions(tenantA.id(), Set.of(new RegionId(east)));
		in(eastOnly, () -> {
			assertThat(jdbc.sql("select code from region").query(String.class).list()).containsExactly("east");
			assertThat(jdbc.sql("update region set name = 'renamed' where code = 'south'").update()).isZero();
			return null;
		});
		assertThat(in(TenantScope.regions(tenantA.id(), Set.of()), () -> jdbc.sql("select count(*) from region")
			.query(Long.class).single())).isZero();
		assertThat(inTenant(tenantA, () -> jdbc.sql("select name from region where code = 'south'").query(String.class).single()))
			.isEqualTo("South");
	}

	@Test
	void theAuditLogCannotBeChangedOrDeletedInScope() {
		inTenant(tenantA, () -> {
			long entries = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
			assertThat(entries).as("provisioning wrote audit entries").isPositive();
			assertThat(jdbc.sql("update audit_event set action = 'FORGED'").update()).isZero();
			assertThat(jdbc.sql("delete from audit_event").update()).isZero();
			assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(entries);
			assertThat(jdbc.sql("select count(*) from audit_event where action = 'FORGED'").query(Long.class).single()).isZero();
			return null;
		});
	}

	@Test
	void aDifferentScopeCannotBeOpenedInsideARealTransaction() {
		inTenant(tenantA, () -> {
			assertThatIllegalStateException()
				.isThrownBy(() -> TenantScope.call(TenantScope.allRegions(tenantB.id()), () -> "never"));
			assertThat(TenantScope.require().tenant()).isEqualTo(tenantA.id());
			return null;
		});
	}
}
