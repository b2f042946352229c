package io.cotrain.training.material;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.employee.TestStaff;
import io.cotrain.files.SampleFiles;
import io.cotrain.files.Upload;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Audience;
import io.cotrain.training.Materials;
import io.cotrain.training.Materials.Material;
import io.cotrain.training.Materials.MaterialForm;
import io.cotrain.training.Materials.MatchedMaterial;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Materials matched to real groups, and who may open them: HR any, a learner or mentor only those matched to their own
 * group of a programme that is not a draft (404 otherwise, also for another tenant); the pages and the API with their
 * field errors.
 */
@CoTrainTest
class MaterialAccessTest {

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	Materials materials;
	@Autowired
	Groups groups;
	@Autowired
	Tags tags;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory tenants;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	private TestStaff staff;
	private TestHttp http;
	private EmployeeView clerk;
	private EmployeeView cadre;
	private EmployeeView supervisor;
	private EmployeeView draftClerk;
	private UUID programme;
	private UUID group;
	private Material clerkManual;
	private Material cadreToolkit;
	private Material jointScripts;
	private Material unrelated;

	@BeforeEach
	void company() {
		http = new TestHttp(port, json);
		staff = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		TagView flow = staff.in(() -> tags.create(TagType.SCENARIO, "订单流程"));
		TagView erp = staff.in(() -> tags.create(TagType.SKILL, "ERP"));
		TagView other = staff.in(() -> tags.create(TagType.SKILL, "仓储"));
		EmployeeView manager = staff.hire("400", "经理", staff.east, staff.manager);
		supervisor = staff.hire("300", "主管", staff.east, staff.supervisor, manager, LocalDate.of(2024, 1, 15));
		clerk = staff.hire("101", "文员", staff.east, staff.clerk, supervisor, LocalDate.of(2024, 1, 15));
		cadre = staff.hire("201", "储干", staff.east, staff.cadre, manager, LocalDate.of(2024, 1, 15));
		draftClerk = staff.hire("102", "草稿文员", staff.east, staff.clerk);
		EmployeeView draftCadre = staff.hire("202", "草稿储干", staff.east, staff.cadre);
		staff.in(() -> {
			registry.tag(clerk.id(), flow.id());
			registry.tag(cadre.id(), erp.id());
			registry.tag(draftClerk.id(), flow.id());
			return null;
		});
		programme = programme("ACTIVE", "P1");
		UUID draft = programme("DRAFT", "P2");
		group = staff.in(() -> groups.save(programme, List.of(new GroupPlan(cadre.id(), manager.id(),
				List.of(new GroupPlan.ClerkPlan(clerk.id(), supervisor.id())))))).get(0).id();
		staff.in(() -> groups.save(draft, List.of(new GroupPlan(draftCadre.id(), null, List.of(new GroupPlan.ClerkPlan(draftClerk.id(), null))))));

		clerkManual = file("订单流程手册", Audience.CLERK, List.of());
		cadreToolkit = staff.in(() -> materials.createLink(new MaterialForm(null, "流程优化工具包", null, Audience.CADRE,
				List.of(erp.id().value()), "https://tools.example.cn/kit")));
		jointScripts = file("协同沟通话术模板", Audience.JOINT, List.of(flow.id().value(), erp.id().value()));
		unrelated = file("仓储规范", Audience.JOINT, List.of(other.id().value()));
	}

	private Material file(String title, Audience audience, List<UUID> tagIds) {
		return staff.in(() -> materials.createFile(new MaterialForm(null, title, null, audience, tagIds, null),
				Upload.of(title + ".pdf", TestPdf.onePage(title.length() + " pages"))));
	}

	/** A programme in the east region with the given status, its version 1 published unless a draft. */
	private UUID programme(String status, String code) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
		staff.in(() -> {
			jdbc.sql("insert into programme (id, code, name, status, created_at, created_by) values (:id, :code, :code, :s, :at, 'test')")
				.param("id", id).param("code", code).param("s", status).param("at", now).update();
			jdbc.sql("""
					insert into programme_version (programme_id, version, status, name, joint_goal, starts_on, ends_on, created_at, created_by)
					values (:id, 1, :vs, :code, 'goal', :from, :to, :at, 'test')""")
				.param("id", id).param("vs", status.equals("DRAFT") ? "DRAFT" : "PUBLISHED").param("code", code)
				.param("from", LocalDate.of(2026, 2, 1)).param("to", LocalDate.of(2026, 4, 30)).param("at", now).update();
			return jdbc.sql("insert into programme_region (programme_id, version, region_id) values (:id, 1, :r)").param("id", id)
				.param("r", staff.east.id().value()).update();
		});
		return id;
	}

	private String login(String name, Role role, EmployeeView employee) {
		return TestHttp.basic(staff.login(name, Set.of(role), Set.of(), employee), TestTenants.PASSWORD);
	}

	@Test
	void groupsAndMembersGetTheirMatchesWithReasons() {
		List<MatchedMaterial> forGroup = staff.in(() -> materials.forGroup(programme, group));
		assertThat(forGroup).extracting(m -> m.material().title(), MatchedMaterial::audience, MatchedMaterial::sharedTags)
			.containsExactly(tuple("协同沟通话术模板", Audience.JOINT, List.of("ERP", "订单流程")),
					tuple("流程优化工具包", Audience.CADRE, List.of("ERP")),
					tuple("订单流程手册", Audience.CLERK, List.of()));
		assertThat(staff.in(() -> materials.forMember(programme, clerk.id()))).extracting(m -> m.material().id())
			.containsExactly(jointScripts.id(), clerkManual.id());
		assertThat(staff.in(() -> materials.forMember(programme, cadre.id()))).extracting(m -> m.material().id())
			.containsExactly(jointScripts.id(), cadreToolkit.id());
		assertThat(staff.in(() -> materials.forMember(programme, supervisor.id()))).as("a mentor is no member").isEmpty();

		JsonNode api = http.json(http.get("/api/v1/programmes/" + programme + "/groups/" + group + "/materials",
				TestHttp.basic(staff.hr(), TestTenants.PASSWORD)));
		assertThat(api.get(0).get("material").get("title").asString()).isEqualTo("协同沟通话术模板");
		assertThat(api.get(0).get("sharedTags").get(1).asString()).isEqualTo("订单流程");
		String mentor = login("mentor", Role.MENTOR, supervisor);
		assertThat(http.get("/api/v1/programmes/" + programme + "/groups/" + group + "/materials", mentor).statusCode()).isEqualTo(200);
		String stranger = login("stranger", Role.MENTOR, staff.hire("301", "其他主管", staff.east, staff.supervisor));
		assertThat(http.get("/api/v1/programmes/" + programme + "/groups/" + group + "/materials", stranger).statusCode()).isEqualTo(404);
		String learner = login("clerk", Role.EMPLOYEE, clerk);
		assertThat(http.get("/api/v1/programmes/" + programme + "/groups/" + group + "/materials", learner).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyMaterialsMatchedToTheirOwnGroupsOpenForLearnersAndMentors() {
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> pdf = http.get("/api/v1/materials/" + unrelated.id() + "/file", hr);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(TestHttp.contentType(pdf)).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline").contains("filename*=UTF-8''");
		assertThat(pdf.body()).startsWith("%PDF-1.4");

		String clerkLogin = staff.login("clerk", Set.of(Role.EMPLOYEE), Set.of(), clerk);
		String learner = TestHttp.basic(clerkLogin, TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id() + "/file", learner).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/materials/" + jointScripts.id() + "/file", learner).statusCode()).isEqualTo(200);
		HttpResponse<String> link = http.get("/api/v1/materials/" + cadreToolkit.id() + "/file", learner);
		assertThat(link.statusCode()).as("matched to the learner's group").isEqualTo(200);
		assertThat(http.json(link).get("url").asString()).isEqualTo("https://tools.example.cn/kit");
		assertThat(http.get("/api/v1/materials/" + unrelated.id() + "/file", learner).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id(), learner).statusCode()).as("the library is HR's").isEqualTo(403);

		String mentor = login("mentor", Role.MENTOR, supervisor);
		assertThat(http.get("/api/v1/materials/" + jointScripts.id() + "/file", mentor).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/materials/" + unrelated.id() + "/file", mentor).statusCode()).isEqualTo(404);

		String inDraftOnly = login("draft", Role.EMPLOYEE, draftClerk);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id() + "/file", inDraftOnly).statusCode())
			.as("a draft programme's group opens nothing").isEqualTo(404);
		String noEmployee = login("plain", Role.EMPLOYEE, null);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id() + "/file", noEmployee).statusCode()).isEqualTo(404);
		String auditor = login("auditor", Role.AUDITOR, null);
		assertThat(http.get("/api/v1/materials/" + unrelated.id() + "/file", auditor).statusCode()).isEqualTo(200);

		TestStaff other = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		String otherHr = TestHttp.basic(other.hr(), TestTenants.PASSWORD);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id() + "/file", otherHr).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/v1/materials/" + clerkManual.id(), otherHr).statusCode()).isEqualTo(404);

		// the page for the UI applies the same rule; a link is followed
		TestBrowser browser = new TestBrowser(port).signIn(clerkLogin, TestTenants.PASSWORD);
		HttpResponse<byte[]> download = browser.download("/materials/" + clerkManual.id() + "/file");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
		assertThat(browser.get("/materials/" + cadreToolkit.id() + "/file").headers().firstValue("Location"))
			.contains("https://tools.example.cn/kit");
		assertThat(browser.get("/materials/" + unrelated.id() + "/file").statusCode()).isEqualTo(404);
		assertThat(browser.get("/materials").statusCode()).isEqualTo(403);
	}

	@Test
	void theApiTakesAFileAsMultipartAndALinkAsJsonWithFieldErrors() {
		String hr = TestHttp.basic(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> badLink = http.post("/api/v1/materials", hr, "{\"title\":\"\",\"audience\":\"JOINT\",\"url\":\"ftp://x\"}");
		assertThat(badLink.statusCode()).isEqualTo(422);
		assertThat(http.json(badLink).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "url");

		HttpResponse<String> wrong = multipart(hr, Map.of("title", "程序", "audience", "CLERK"), "setup.exe", SampleFiles.exe());
		assertThat(wrong.statusCode()).isEqualTo(422);
		JsonNode error = http.json(wrong).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("file");
		assertThat(error.get("code").asString()).isEqualTo("files.typeNotAllowed");
		assertThat(error.get("message").asString()).contains("不接受此类型的文件", ".pdf");

		HttpResponse<String> created = multipart(hr, Map.of("title", "工具包", "audience", "CADRE"), "工具包.xlsx", SampleFiles.xlsx());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(http.json(created).get("file").get("kind").asString()).isEqualTo("XLSX");
		assertThat(http.json(http.get("/api/v1/materials?audience=CADRE", hr)).findValuesAsString("title")).contains("工具包", "流程优化工具包");
		String id = http.json(created).get("id").asString();
		assertThat(http.send("PUT", "/api/v1/materials/" + id, hr, "{\"title\":\"工具包 v2\",\"audience\":\"JOINT\"}").statusCode())
			.isEqualTo(200);
		assertThat(http.delete("/api/v1/materials/" + id, hr).statusCode()).isEqualTo(204);
		assertThat(http.get("/api/v1/materials/" + id, hr).statusCode()).isEqualTo(404);
	}

	@Test
	void hrUploadsOnThePageAndSeesFieldErrorsNextToTheFields() {
		TestBrowser hr = new TestBrowser(port).signIn(staff.hr(), TestTenants.PASSWORD);
		HttpResponse<String> form = hr.get("/materials/new?kind=FILE");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "最大 20 MB");

		HttpResponse<String> refused = hr.postMultipart("/materials/new", Map.of("kind", "FILE", "title", "", "audience", "CLERK"),
				"file", "invoice.pdf", SampleFiles.exe(), TestBrowser.csrf(form));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("请填写，最多 200 个字符", "文件内容不是有效的 .pdf 文件");
		HttpResponse<String> noFile = hr.postMultipart("/materials/new", Map.of("kind", "FILE", "title", "手册", "audience", "CLERK"),
				"file", null, null, TestBrowser.csrf(form));
		assertThat(noFile.body()).contains("请选择要上传的文件");

		HttpResponse<String> saved = hr.postMultipart("/materials/new", Map.of("kind", "FILE", "title", "上线手册", "audience", "JOINT",
				"tagIds", List.of()), "file", "上线手册.pdf", TestPdf.onePage("Go live"), TestBrowser.csrf(form));
		assertThat(TestBrowser.redirectPath(saved)).isEqualTo("/materials");
		HttpResponse<String> list = hr.get("/materials?q=" + java.net.URLEncoder.encode("上线", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(list.body()).contains("已添加资料", "上线手册", "上线手册.pdf").doesNotContain("订单流程手册");

		HttpResponse<String> linkForm = hr.get("/materials/new?kind=LINK");
		HttpResponse<String> badLink = hr.postForm("/materials/new", Map.of("kind", "LINK", "title", "链接", "audience", "JOINT",
				"url", "www.example.cn"), TestBrowser.csrf(linkForm));
		assertThat(badLink.body()).contains("请填写以 http:// 或 https:// 开头的完整链接");

		UUID id = staff.in(() -> materials.list(new Materials.MaterialQuery(null, null, "上线"))).get(0).id();
		HttpResponse<String> edit = hr.get("/materials/" + id + "/edit");
		assertThat(edit.body()).contains("当前文件：上线手册.pdf", "我确认删除这份资料");
		assertThat(TestBrowser.redirectPath(hr.postForm("/materials/" + id + "/delete", Map.of(), TestBrowser.csrf(edit))))
			.isEqualTo("/materials/" + id + "/edit");
		assertThat(TestBrowser.redirectPath(hr.postForm("/materials/" + id + "/delete", Map.of("confirm", "on"), TestBrowser.csrf(edit))))
			.isEqualTo("/materials");
		assertThat(staff.in(() -> materials.list(new Materials.MaterialQuery(null, null, "上线")))).isEmpty();
	}

	/** POST /api/v1/materials as multipart: the fields and the file part {@code file}. */
	private HttpResponse<String> multipart(String authorization, Map<String, String> fields, String fileName, byte[] content) {
		String boundary = "----cotrain" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		try {
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
						+ "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
					+ "/api/v1/materials"))
				.header("Authorization", authorization).header("Accept", "application/json")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
			return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
