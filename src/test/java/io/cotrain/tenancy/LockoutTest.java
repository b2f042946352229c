package io.cotrain.tenancy;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** cotrain.security.lockout-max-failures = 10 failed logins in a row lock an account for 15 minutes. */
@CoTrainTest
class LockoutTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	MutableClock clock;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	private TestHttp http;
	private TenantInfo tenant;
	private Accounts.AccountView account;

	@BeforeEach
	void freshAccount() {
		http = new TestHttp(port, json);
		tenant = TestTenants.provision(provisioning);
		account = TestTenants.account(accounts, tenant, "clerk", Role.EMPLOYEE);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private HttpResponse<String> me(String password) {
		return http.get("/api/v1/me", TestHttp.basic(account.username(), password));
	}

	private String problemType(HttpResponse<String> response) {
		return http.json(response).path("type").asString();
	}

	@Test
	void locksAccountAfterTenFailuresForFifteenMinutes() {
		assertThat(me(TestTenants.PASSWORD).statusCode()).isEqualTo(200);
		for (int i = 1; i <= 10; i++) {
			HttpResponse<String> wrong = me("wrong-password-" + i);
			assertThat(wrong.statusCode()).as("failure %d", i).isEqualTo(401);
			assertThat(problemType(wrong)).as("failure %d", i).isEqualTo("urn:cotrain:problem:unauthenticated");
		}

		HttpResponse<String> locked = me(TestTenants.PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(TestHttp.contentType(locked)).startsWith("application/problem+json");
		assertThat(problemType(locked)).isEqualTo("urn:cotrain:problem:account-locked");
		assertThat(lockedInView()).isTrue();

		clock.advance(Duration.ofMinutes(14));
		assertThat(problemType(me(TestTenants.PASSWORD))).isEqualTo("urn:cotrain:problem:account-locked");

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		HttpResponse<String> unlocked = me(TestTenants.PASSWORD);
		assertThat(unlocked.statusCode()).isEqualTo(200);
		assertThat(http.json(unlocked).path("username").asString()).isEqualTo(account.username());
		assertThat(lockedInView()).isFalse();

		assertThat(auditEntries("ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	void nineFailuresDoNotLockAndASuccessStartsTheCountAgain() {
		for (int i = 0; i < 9; i++) {
			assertThat(me("wrong").statusCode()).isEqualTo(401);
		}
		assertThat(me(TestTenants.PASSWORD).statusCode()).isEqualTo(200);
		for (int i = 0; i < 9; i++) {
			assertThat(me("wrong").statusCode()).isEqualTo(401);
		}
		assertThat(me(TestTenants.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(lockedInView()).isFalse();
		assertThat(auditEntries("ACCOUNT_LOCKED")).isZero();
	}

	@Test
	void aPasswordResetLiftsTheLock() {
		for (int i = 0; i < 10; i++) {
			me("wrong");
		}
		assertThat(problemType(me(TestTenants.PASSWORD))).isEqualTo("urn:cotrain:problem:account-locked");
		String oneTime = TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.resetPassword(account.id()));
		HttpResponse<String> afterReset = me(oneTime);
		assertThat(afterReset.statusCode()).isEqualTo(200);
		assertThat(me(TestTenants.PASSWORD).statusCode()).as("the old password stopped working").isEqualTo(401);
	}

	private boolean lockedInView() {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.get(account.id()).locked());
	}

	private long auditEntries(String action) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :id")
					.param("action", action).param("id", account.id().toString()).query(Long.class).single());
	}
}
