package io.cotrain.tenancy;

import java.net.http.HttpResponse;
import java.util.Map;

import io.cotrain.CoTrainTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password ends the sessions opened with the old one: all of them after a reset by HR, all but the
 * changing one when the owner changes it.
 */
@CoTrainTest
class PasswordChangeSessionTest {

	private static final String NEW_PASSWORD = "brand-new-secret-7";

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;

	private TenantInfo tenant;
	private Accounts.AccountView clerk;

	@BeforeEach
	void account() {
		tenant = TestTenants.provision(provisioning);
		clerk = TestTenants.account(accounts, tenant, "clerk", Role.EMPLOYEE);
	}

	private static void assertExpired(TestBrowser browser, String path) {
		assertThat(TestBrowser.redirectPath(browser.get(path))).isEqualTo("/login?expired");
		assertThat(TestBrowser.redirectPath(browser.get(path))).as("and stays signed out").isEqualTo("/login");
	}

	@Test
	void aPasswordResetByHrEndsTheSignedInSessionOnItsNextRequest() {
		TestBrowser browser = new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);

		String oneTime = TenantScope.call(TenantScope.allRegions(tenant.id()), () -> accounts.resetPassword(clerk.id()));

		assertExpired(browser, "/me");
		assertThat(new TestBrowser(port).login(clerk.username(), TestTenants.PASSWORD)).as("the old password")
			.isEqualTo("/login?error");
		new TestBrowser(port).signIn(clerk.username(), oneTime);
	}

	@Test
	void changingMyOwnPasswordKeepsThisSessionAndEndsMyOtherSession() {
		TestBrowser laptop = new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);
		TestBrowser phone = new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);

		HttpResponse<String> page = laptop.get("/me");
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> changed = laptop.postForm("/me/password",
				Map.of("currentPassword", TestTenants.PASSWORD, "newPassword", NEW_PASSWORD), TestBrowser.csrf(page));
		assertThat(TestBrowser.redirectPath(changed)).isEqualTo("/me");

		HttpResponse<String> after = laptop.get("/me");
		assertThat(after.statusCode()).as("this session continues").isEqualTo(200);
		assertThat(after.body()).contains("密码已修改。");
		assertThat(laptop.get("/").statusCode()).isEqualTo(200);

		assertExpired(phone, "/");

		assertThat(new TestBrowser(port).login(clerk.username(), TestTenants.PASSWORD)).as("the old password")
			.isEqualTo("/login?error");
		new TestBrowser(port).signIn(clerk.username(), NEW_PASSWORD);
		assertThat(laptop.get("/me").statusCode()).as("a new login elsewhere leaves this session alone").isEqualTo(200);
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndEndsNoSession() {
		TestBrowser laptop = new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);
		TestBrowser phone = new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);

		HttpResponse<String> refused = laptop.postForm("/me/password",
				Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD), TestBrowser.csrf(laptop.get("/me")));
		assertThat(refused.statusCode()).as("the form again, with its error").isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid");

		assertThat(laptop.get("/me").statusCode()).isEqualTo(200);
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);
		new TestBrowser(port).signIn(clerk.username(), TestTenants.PASSWORD);
	}
}
