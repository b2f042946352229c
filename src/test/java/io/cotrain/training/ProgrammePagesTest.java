package io.cotrain.training;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cotrain.CoTrainTest;
import io.cotrain.competency.Scenarios;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's programme pages: a programme from a saved need with field errors first, publish, a new version, history. */
@CoTrainTest
class ProgrammePagesTest {

	@LocalServerPort
	int port;
	@Autowired
	Programmes programmes;
	@Autowired
	Scenarios scenarios;
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

	@Test
	void hrCreatesAProgrammeFromASavedNeedPublishesItAndStartsASecondVersion() {
		TestStaff staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		Scenarios.SavedNeed need = staff.in(() -> {
			Scenarios.Scenario scenario = scenarios.create(new Scenarios.ScenarioForm("FLOW", "订单流程", "Order flow", null,
					List.of(staff.clerk.id(), staff.cadre.id()), List.of()));
			return scenarios.saveNeed(scenario.id(), "提升协同效率", Locale.SIMPLIFIED_CHINESE);
		});
		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> form = hr.get("/programmes/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("提升协同效率", "订单流程");

		HttpResponse<String> invalid = hr.postForm("/programmes/new", Map.of("code", "", "name", "", "needId", need.id().toString(),
				"startsOn", "2026-03-02", "endsOn", "2026-03-01"), TestBrowser.csrf(form));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("请填写项目编码", "请填写项目名称", "结束日期不能早于开始日期", "请至少选择一个区域");

		HttpResponse<String> created = hr.postForm("/programmes/new", Map.of("code", "CAMP", "name", "订单流程协同训练营",
				"needId", need.id().toString(), "startsOn", "2026-03-02", "endsOn", "2026-04-27",
				"regions", staff.east.id().value().toString()), TestBrowser.csrf(form));
		String path = TestBrowser.redirectPath(created);
		assertThat(path).startsWith("/programmes/");
		HttpResponse<String> page = hr.get(path);
		assertThat(page.body()).contains("订单流程协同训练营", "提升协同效率", "草稿", "发布并启用");

		hr.postForm(path + "/publish", Map.of(), TestBrowser.csrf(page));
		page = hr.get(path);
		assertThat(page.body()).contains("版本已发布", "进行中", "生效中", "创建新版本");
		hr.postForm(path + "/versions", Map.of(), TestBrowser.csrf(page));
		page = hr.get(path);
		assertThat(page.body()).contains("编辑草稿（版本 2）", "草稿版本 2 尚未发布；学员仍按版本 1 学习。");
		assertThat(hr.get("/programmes").body()).contains("CAMP", "订单流程协同训练营");

		String clerk = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(staff.east), null);
		assertThat(new TestBrowser(port).signIn(clerk, TestTenants.PASSWORD).get("/programmes").statusCode()).isEqualTo(403);
	}
}
