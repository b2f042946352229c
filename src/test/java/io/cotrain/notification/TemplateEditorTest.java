package io.cotrain.notification;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.CoTrainTest;
import io.cotrain.notification.template.Templates;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestHttp;
import io.cotrain.tenancy.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's template editor and its API: overrides that rendering uses, field errors for undeclared parameters, reset to
 * the default, a preview with sample values and the SMS length, only for HR and only of the own tenant.
 */
@CoTrainTest
class TemplateEditorTest {

	private static final String KEY = "notification.test";
	private static final String PAGE = "/notifications/templates/" + KEY;
	private static final String API = "/api/v1/notification-templates";

	@LocalServerPort
	int port;
	@Autowired
	JsonMapper json;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	Accounts accounts;
	@Autowired
	Templates templates;
	@Autowired
	AuditLog audit;

	TenantInfo tenant;
	TestHttp http;

	@BeforeEach
	void setUp() {
		tenant = TestTenants.provision(provisioning);
		http = new TestHttp(port, json);
	}

	@Test
	void hrSavesAnOverrideThatRenderingUsesAndResetsItToTheDefault() {
		TestBrowser hr = hr(tenant);
		HttpResponse<String> list = hr.get("/notifications/templates");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("渠道测试消息", KEY, "{sender}", "全部使用默认措辞");

		HttpResponse<String> edit = hr.get(PAGE + "/edit?channel=IN_APP&locale=zh-CN");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("这是 {sender} 发送的测试消息", "name=\"sample.sender\"", "value=\"人事部\"")
			.contains("<div class=\"wording\" id=\"preview-body\">这是 人事部 发送的测试消息");

		HttpResponse<String> saved = hr.postForm(PAGE + "/edit", Map.of("channel", "IN_APP", "locale", "zh-CN",
				"subject", "  课程提醒 {sender}", "body", "请查看 {sender} 的安排"), TestBrowser.csrf(edit));
		assertThat(TestBrowser.redirectPath(saved)).isEqualTo(PAGE);
		assertThat(render(Channel.IN_APP, Locale.SIMPLIFIED_CHINESE)).isEqualTo(new Templates.Rendered("课程提醒 王", "请查看 王 的安排"));
		assertThat(render(Channel.IN_APP, Locale.ENGLISH)).as("the other locale keeps its default")
			.isEqualTo(new Templates.Rendered("Test message", "This is a test message sent by 王; if you read it, the channel works."));
		assertThat(render(Channel.SMS, Locale.SIMPLIFIED_CHINESE).body()).as("and so do the other channels")
			.isEqualTo("【CoTrain】王 发送的测试短信。");

		HttpResponse<String> detail = hr.get(PAGE);
		assertThat(wording(detail.body(), "IN_APP/zh-CN")).contains("本企业措辞", "课程提醒 {sender}", "恢复默认");
		assertThat(wording(detail.body(), "IN_APP/en")).contains("默认措辞", "Test message").doesNotContain("恢复默认");
		assertThat(hr.get("/notifications/templates").body()).contains("1 处已改写");

		HttpResponse<String> reset = hr.postForm(PAGE + "/reset", Map.of("channel", "IN_APP", "locale", "zh-CN"), TestBrowser.csrf(detail));
		assertThat(TestBrowser.redirectPath(reset)).isEqualTo(PAGE);
		assertThat(render(Channel.IN_APP, Locale.SIMPLIFIED_CHINESE).subject()).isEqualTo("测试消息");
		assertThat(wording(hr.get(PAGE).body(), "IN_APP/zh-CN")).contains("默认措辞").doesNotContain("课程提醒");

		AuditLog.Page changes = TenantScope.call(TenantScope.allRegions(tenant.id()),
				() -> audit.search("notification_template", null, null, 0, 10));
		assertThat(changes.entries()).extracting(AuditLog.Entry::action)
			.containsExactly("NOTIFICATION_TEMPLATE_RESET", "NOTIFICATION_TEMPLATE_SAVED");
		assertThat(changes.entries()).allSatisfy(e -> {
			assertThat(e.subjectId()).isEqualTo(KEY);
			assertThat(e.actor()).isEqualTo("hr@" + tenant.code());
			assertThat(e.details()).contains("IN_APP", "zh-CN");
		});
	}

	@Test
	void anUndeclaredParameterIsAFieldErrorOnThePageAndA422OnTheApi() {
		TestBrowser hr = hr(tenant);
		HttpResponse<String> edit = hr.get(PAGE + "/edit?channel=MAIL&locale=en");
		HttpResponse<String> refused = hr.postForm(PAGE + "/edit", Map.of("channel", "MAIL", "locale", "en",
				"subject", "Hello", "body", "Dear {name}, from {sender}"), TestBrowser.csrf(edit));
		assertThat(refused.statusCode()).as("the form again").isEqualTo(200);
		assertThat(refused.body()).containsPattern("<textarea[^>]*class=\"form-control is-invalid\"[^>]*name=\"body\"")
			.contains("<div class=\"invalid-feedback\">模板使用了未声明的参数 name；可用参数：sender</div>")
			.contains("Dear {name}, from {sender}");
		assertThat(render(Channel.MAIL, Locale.ENGLISH).subject()).as("nothing saved").isEqualTo("Test message");

		HttpResponse<String> api = http.send("PUT", API + "/" + KEY + "/SMS/en", hr(),
				"{\"subject\":\"Hi\",\"body\":\"Hi {name}\"}");
		assertThat(api.statusCode()).isEqualTo(422);
		assertThat(TestHttp.contentType(api)).startsWith("application/problem+json");
		JsonNode problem = http.json(api);
		assertThat(problem.get("type").asString()).isEqualTo("urn:cotrain:problem:validation");
		assertThat(problem.get("errors")).singleElement().satisfies(e -> {
			assertThat(e.get("field").asString()).isEqualTo("body");
			assertThat(e.get("code").asString()).isEqualTo("notification.template.unknownParameter");
			assertThat(e.get("message").asString()).contains("name", "sender");
		});
		assertThat(http.send("PUT", API + "/" + KEY + "/FAX/en", hr(), "{\"subject\":\"Hi\",\"body\":\"Hi\"}").statusCode())
			.isEqualTo(400);
		assertThat(http.send("PUT", API + "/no.such.template/SMS/en", hr(), "{\"subject\":\"Hi\",\"body\":\"Hi\"}").statusCode())
			.isEqualTo(404);
		assertThat(http.send("PUT", API + "/" + KEY + "/SMS/fr", hr(), "{\"subject\":\"Hi\",\"body\":\"Hi\"}").statusCode())
			.isEqualTo(422);
	}

	@Test
	void theApiListsDeclaredTemplatesWithTheirOverridesAndDeletesThem() {
		HttpResponse<String> put = http.send("PUT", API + "/" + KEY + "/SMS/en", hr(),
				"{\"subject\":\"Check\",\"body\":\"[CoTrain] ping from {sender}\"}");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(http.json(put).get("override").asBoolean()).isTrue();

		JsonNode sms = smsEn(http.json(http.get(API, hr())));
		assertThat(sms.get("override").asBoolean()).isTrue();
		assertThat(sms.get("body").asString()).isEqualTo("[CoTrain] ping from {sender}");
		assertThat(render(Channel.SMS, Locale.ENGLISH).body()).isEqualTo("[CoTrain] ping from 王");

		assertThat(http.delete(API + "/" + KEY + "/SMS/en", hr()).statusCode()).isEqualTo(204);
		JsonNode after = smsEn(http.json(http.get(API, hr())));
		assertThat(after.get("override").asBoolean()).isFalse();
		assertThat(after.get("body").asString()).isEqualTo("[CoTrain] Test text message sent by {sender}.");
		assertThat(http.delete(API + "/no.such.template/SMS/en", hr()).statusCode()).isEqualTo(404);
	}

	@Test
	void thePreviewFillsInTheSampleValuesAndCountsTheTextMessages() {
		TestBrowser hr = hr(tenant);
		String csrf = TestBrowser.csrf(hr.get(PAGE + "/edit?channel=SMS&locale=zh-CN"));
		HttpResponse<String> shortText = hr.postForm(PAGE + "/preview", Map.of("channel", "SMS", "locale", "zh-CN",
				"subject", "提醒", "body", "{sender}：明早九点培训", "sample.sender", "李雷"), csrf);
		assertThat(shortText.statusCode()).isEqualTo(200);
		assertThat(shortText.body()).startsWith("<div id=\"preview\"").contains("李雷：明早九点培训")
			.contains("短信正文 9 个字符，分 1 条发送（UCS-2 编码");

		HttpResponse<String> longText = hr.postForm(PAGE + "/preview", Map.of("channel", "SMS", "locale", "zh-CN",
				"subject", "提醒", "body", "培".repeat(69) + "{sender}", "sample.sender", "李雷"), csrf);
		assertThat(longText.body()).contains("短信正文 71 个字符，分 2 条发送");

		HttpResponse<String> english = hr.postForm(PAGE + "/preview", Map.of("channel", "SMS", "locale", "en",
				"subject", "Hi", "body", "Hello {sender}"), csrf);
		assertThat(english.body()).as("the default sample of the wording's locale").contains("Hello HR department")
			.contains("短信正文 19 个字符，分 1 条发送（GSM 7 位编码");

		HttpResponse<String> mail = hr.postForm(PAGE + "/preview", Map.of("channel", "MAIL", "locale", "zh-CN",
				"subject", "{sender} 的提醒", "body", "{who}"), csrf);
		assertThat(mail.body()).contains("模板使用了未声明的参数 who；可用参数：sender").doesNotContain("短信正文");
	}

	@Test
	void anotherTenantsHrNeitherSeesNorChangesTheOverrides() {
		assertThat(http.send("PUT", API + "/" + KEY + "/ROBOT/zh-CN", hr(), "{\"subject\":\"甲公司机器人\",\"body\":\"甲公司 {sender}\"}")
			.statusCode()).isEqualTo(200);
		TenantInfo other = TestTenants.provision(provisioning);
		String otherHr = TestHttp.basic("hr@" + other.code(), TestTenants.PASSWORD);

		assertThat(http.get(API, otherHr).body()).doesNotContain("甲公司");
		assertThat(hr(other).get(PAGE).body()).doesNotContain("甲公司");
		assertThat(http.delete(API + "/" + KEY + "/ROBOT/zh-CN", otherHr).statusCode()).isEqualTo(204);
		HttpResponse<String> otherSaved = http.send("PUT", API + "/" + KEY + "/ROBOT/zh-CN", otherHr,
				"{\"subject\":\"乙公司\",\"body\":\"乙公司 {sender}\"}");
		assertThat(otherSaved.statusCode()).isEqualTo(200);

		assertThat(http.get(API, hr()).body()).contains("甲公司 {sender}").doesNotContain("乙公司");
		assertThat(render(Channel.ROBOT, Locale.SIMPLIFIED_CHINESE).body()).isEqualTo("甲公司 王");
	}

	@Test
	void onlyHrMayUseTheEditor() {
		TestTenants.account(accounts, tenant, "anna", Role.EMPLOYEE);
		TestBrowser anna = new TestBrowser(port).signIn("anna@" + tenant.code(), TestTenants.PASSWORD);
		assertThat(anna.get("/notifications/templates").statusCode()).isEqualTo(403);
		assertThat(anna.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(anna.get(PAGE + "/edit").statusCode()).isEqualTo(403);
		String csrf = TestBrowser.csrf(anna.get("/inbox"));
		assertThat(anna.postForm(PAGE + "/edit", Map.of("channel", "IN_APP", "locale", "zh-CN", "subject", "x", "body", "y"), csrf)
			.statusCode()).isEqualTo(403);
		assertThat(anna.postForm(PAGE + "/reset", Map.of("channel", "IN_APP", "locale", "zh-CN"), csrf).statusCode()).isEqualTo(403);
		assertThat(anna.postForm(PAGE + "/preview", Map.of("channel", "IN_APP", "subject", "x", "body", "y"), csrf).statusCode())
			.isEqualTo(403);
		assertThat(anna.get("/").body()).doesNotContain("/notifications/templates");

		String basic = TestHttp.basic("anna@" + tenant.code(), TestTenants.PASSWORD);
		assertThat(http.get(API, basic).statusCode()).isEqualTo(403);
		assertThat(http.send("PUT", API + "/" + KEY + "/SMS/en", basic, "{\"subject\":\"x\",\"body\":\"y\"}").statusCode()).isEqualTo(403);
		assertThat(http.delete(API + "/" + KEY + "/SMS/en", basic).statusCode()).isEqualTo(403);
		assertThat(render(Channel.IN_APP, Locale.SIMPLIFIED_CHINESE).subject()).isEqualTo("测试消息");
	}

	private Templates.Rendered render(Channel channel, Locale locale) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), () -> templates.render(KEY, channel, locale, Map.of("sender", "王")));
	}

	/** The detail page's entry of one channel and locale, e.g. {@code IN_APP/zh-CN}. */
	private static String wording(String page, String channelAndLocale) {
		Matcher m = Pattern.compile("data-wording=\"" + Pattern.quote(channelAndLocale) + "\"(.*?)</li>", Pattern.DOTALL).matcher(page);
		assertThat(m.find()).as("wording " + channelAndLocale).isTrue();
		return m.group(1);
	}

	private static JsonNode smsEn(JsonNode templates) {
		for (JsonNode template : templates) {
			if (template.get("key").asString().equals(KEY)) {
				assertThat(template.get("label").asString()).isEqualTo("渠道测试消息");
				assertThat(template.get("parameters")).extracting(JsonNode::asString).containsExactly("sender");
				assertThat(template.get("wordings")).hasSize(8);
				for (JsonNode w : template.get("wordings")) {
					if (w.get("channel").asString().equals("SMS") && w.get("locale").asString().equals("en")) {
						return w;
					}
				}
			}
		}
		throw new AssertionError("no SMS/en wording of " + KEY + " in " + templates);
	}

	private TestBrowser hr(TenantInfo of) {
		return new TestBrowser(port).signIn("hr@" + of.code(), TestTenants.PASSWORD);
	}

	private String hr() {
		return TestHttp.basic("hr@" + tenant.code(), TestTenants.PASSWORD);
	}
}
