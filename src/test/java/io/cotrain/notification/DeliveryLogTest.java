package io.cotrain.notification;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's delivery log: failed deliveries with their reason, filters, and a retry that puts them back in the queue. */
@CoTrainTest
class DeliveryLogTest {

	@LocalServerPort
	int port;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;
	@Autowired
	Notifications notifications;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void hrSeesFailedDeliveriesWithTheirReasonAndRetriesThem() {
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		String clerk = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(staff.east), null);
		AccountId clerkId = staff.in(() -> accounts.list().stream().filter(a -> a.username().equals(clerk)).findFirst().orElseThrow().id());
		staff.in(() -> new TransactionTemplate(transactions).execute(s -> notifications.send(Notice.of("notification.test",
				Map.of("sender", "HR"), Set.of(Channel.IN_APP, Channel.MAIL), Recipient.account(clerkId)))));
		worker.runOnce();

		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> failed = hr.get("/notifications/deliveries?status=FAILED");
		assertThat(failed.statusCode()).isEqualTo(200);
		assertThat(failed.body()).contains("收件人没有电子邮箱", "邮件").doesNotContain("站内消息</td>");
		assertThat(hr.get("/notifications/deliveries").body()).contains("站内消息</td>", "已送达", "渠道测试消息", ">Test clerk</a>");

		String mail = staff.in(() -> jdbc.sql("select id from notification_delivery where channel = 'MAIL'").query(String.class).single());
		assertThat(hr.get("/notifications/deliveries/" + mail + "/attempts").body()).contains("失败", "收件人没有电子邮箱")
			.doesNotContain("<html");
		HttpResponse<String> retried = hr.postForm("/notifications/deliveries/" + mail + "/retry", Map.of("status", "FAILED"),
				TestBrowser.csrf(failed));
		assertThat(TestBrowser.redirectPath(retried)).isEqualTo("/notifications/deliveries?status=FAILED");
		assertThat(status(staff, mail)).isEqualTo("PENDING 0");
		worker.runOnce();
		assertThat(status(staff, mail)).isEqualTo("FAILED 1");

		TestBrowser employee = new TestBrowser(port).signIn(clerk, TestTenants.PASSWORD);
		assertThat(employee.get("/notifications/deliveries").statusCode()).isEqualTo(403);
	}

	private String status(TestStaff staff, String delivery) {
		return staff.in(() -> jdbc.sql("select status || ' ' || attempts from notification_delivery where id = cast(:id as uuid)")
			.param("id", delivery).query(String.class).single());
	}
}
