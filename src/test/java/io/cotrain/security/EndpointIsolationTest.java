package io.cotrain.security;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.CoTrainTest;
import io.cotrain.attendance.CheckIns;
import io.cotrain.employee.EmployeeId;
import io.cotrain.files.SampleFiles;
import io.cotrain.files.Upload;
import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.template.Templates;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantId;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.Audience;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Materials;
import io.cotrain.training.Programmes;
import io.cotrain.training.Courses;
import io.cotrain.training.TaskTemplates;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant-isolation contract: hr@acme gets 403 or 404 for any resource id of tenant demo and sees none of
 * demo's data, through the UI and the API. Every handler mapping of the application must have a {@link Case} in
 * {@link #CASES}; an endpoint without one (or a case without an endpoint) fails the build, so every new endpoint
 * is classified and exercised here. Every endpoint that is not {@link Kind#PUBLIC} must declare its roles with
 * {@code @PreAuthorize} on the method or its class.
 * <p>
 * A new endpoint: add {@code "METHOD /pattern"} with its {@link Case} to {@link #CASES}; if its path has an
 * {@code {id}}, map the path before it to a demo id family in {@link #ID_FAMILIES} (or add a family to
 * {@code prepareDemo}).
 */
@CoTrainTest
class EndpointIsolationTest {

	/**
	 * What an endpoint is, and so what hr@acme (the attacker) must get from it. Whatever the kind, no reply may show
	 * demo's data, and the writes sent must change nothing in demo.
	 */
	enum Kind {
		/** Anonymous access allowed: our login page; Spring Boot's error page and springdoc's OpenAPI docs (third-party). */
		PUBLIC("no 401/403 for anonymous"),
		/** Acts on the caller's own account or tenant and takes no id; writes are sent invalid so nothing changes. */
		SELF("2xx; for writes 2xx, 422 or a redirect"),
		/** Lists (or offers for choice) the caller's tenant's data; hr@demo's view of it shows demo data. */
		TENANT_LIST("2xx"),
		/** The path names a resource by {id}: hr@acme sends a demo id; hr@demo gets 2xx for the same GET. */
		FOREIGN_ID("403 or 404"),
		/** A write whose body names a demo id ({region}): refused, and its {probe} name is created nowhere. */
		FOREIGN_REF("4xx, or the form again"),
		/** Platform operators only; operator@platform gets 2xx for the same GET. */
		PLATFORM("403");

		final String expected;

		Kind(String expected) {
			this.expected = expected;
		}
	}

	/**
	 * One endpoint's case. {@code body} is what a write sends: JSON for {@code /api/**}, form fields for pages;
	 * {@code {region}} (and {@code {employee}}, {@code {orgUnit}}, {@code {position}}, {@code {tag}}) in it stands for
	 * a demo id of that family, {@code {probe}} for a name unique to this run.
	 */
	record Case(Kind kind, String body) {
	}

	// training content (issue 5): the resource paths under a programme version, and the bodies of their writes
	private static final String COURSES = "/api/v1/programmes/{id}/versions/{version}/courses";
	private static final String UNITS = COURSES + "/{course}/units";
	private static final String QUESTIONS = UNITS + "/{unit}/questions";
	private static final String TASKS = "/api/v1/programmes/{id}/versions/{version}/tasks";
	private static final String PATHS = "/api/v1/programmes/{id}/versions/{version}/paths";
	private static final String STEPS = TASKS + "/{task}/steps";
	private static final String COURSE_BODY = "{\"code\":\"{probe}\",\"titleZh\":\"{probe}\",\"audience\":\"CLERK\","
			+ "\"mode\":\"ONLINE\",\"creditHours\":1}";
	private static final String QUESTION_BODY = "{\"prompt\":\"{probe}\",\"kind\":\"SINGLE\",\"options\":[\"a\",\"b\"],"
			+ "\"correct\":[0]}";
	// the HR pages of a programme version's content (issue 5): the same keys in the path as the API
	private static final String PAGES = "/programmes/{id}/versions/{version}";
	private static final String COURSE_PAGES = PAGES + "/courses";
	private static final String UNIT_PAGES = COURSE_PAGES + "/{course}/units";
	private static final String QUESTION_PAGES = UNIT_PAGES + "/{unit}/questions";
	private static final String TASK_PAGES = PAGES + "/tasks";
	private static final String STEP_PAGES = TASK_PAGES + "/{task}/steps";
	private static final String PATH_PAGES = PAGES + "/paths/{role}";
	private static final String COURSE_FORM = "code={probe}&titleZh={probe}&audience=CLERK&mode=ONLINE&creditHours=1";
	private static final String UNIT_FORM = "kind=TEXT&title={probe}&body={probe}&durationMinutes=5";
	private static final String QUESTION_FORM = "prompt={probe}&kind=SINGLE&options=a%0Ab&correct=1";
	private static final String STEP_FORM = "role=CLERK&title={probe}&evidence=TEXT&dueOffsetDays=0";
	private static final String STEP_BODY = "{\"role\":\"CLERK\",\"title\":\"{probe}\",\"evidence\":[\"TEXT\"],"
			+ "\"dueOffsetDays\":0}";

	// occurrences of joint sessions (issue 5): demo's course, region and group named in the writes
	private static final String OCCURRENCES = "/api/v1/programmes/{id}/occurrences";
	private static final String OCCURRENCE_BODY = "{\"courseKey\":\"{course}\",\"regionId\":\"{region}\","
			+ "\"startsAt\":\"2026-07-10T09:00:00+08:00\",\"endsAt\":\"2026-07-10T10:00:00+08:00\",\"venue\":\"{probe}\","
			+ "\"onlineUrl\":\"https://meeting.example.com/{probe}\",\"groupIds\":[\"{group}\"]}";
	private static final String OCCURRENCE_FORM = "courseKey={course}&regionId={region}&startsAt=2026-07-10T09:00"
			+ "&endsAt=2026-07-10T10:00&venue={probe}&onlineUrl=https://meeting.example.com/{probe}&groupIds={group}";
	private static final String MY_TRAINING = "/api/v1/me/training/{programmeId}";
	private static final String MY_PAGES = "/my/training/{programmeId}";

	/**
	 * The rightful user of a FOREIGN_ID read when it is not hr@demo: a learner's own programme is clerk.wang's (enrolled in
	 * demo's programme), not HR's.
	 */
	static final Map<String, String> OWNERS = Map.of(
			"GET " + MY_TRAINING, "clerk.wang@demo",
			"GET " + MY_TRAINING + "/courses/{courseKey}", "clerk.wang@demo",
			"GET " + MY_PAGES, "clerk.wang@demo",
			"GET " + MY_PAGES + "/courses/{courseKey}", "clerk.wang@demo",
			"GET " + MY_PAGES + "/units/{unitKey}", "clerk.wang@demo");

	/** Every endpoint as "METHOD pattern" (a mapping without methods counts as GET) → its case. */
	static final Map<String, Case> CASES = Map.ofEntries(
			// anonymous: our login page; Spring Boot's error controller and springdoc's OpenAPI/Swagger UI (third-party)
			entry("GET /login", new Case(Kind.PUBLIC, null)),
			entry("GET /error", new Case(Kind.PUBLIC, null)),
			entry("GET /v3/api-docs", new Case(Kind.PUBLIC, null)),
			entry("GET /v3/api-docs.yaml", new Case(Kind.PUBLIC, null)),
			entry("GET /v3/api-docs/swagger-config", new Case(Kind.PUBLIC, null)),
			entry("GET /swagger-ui.html", new Case(Kind.PUBLIC, null)),

			// the caller's own account; writes are sent invalid so hr@acme is not changed
			entry("GET /", new Case(Kind.SELF, null)),
			entry("GET /me", new Case(Kind.SELF, null)),
			entry("POST /me/password", new Case(Kind.SELF, "currentPassword=&newPassword=")),
			entry("POST /me/tokens", new Case(Kind.SELF, "name=&validDays=90")),
			entry("GET /api/v1/me", new Case(Kind.SELF, null)),
			entry("GET /api/v1/me/tokens", new Case(Kind.SELF, null)),
			entry("POST /api/v1/me/tokens", new Case(Kind.SELF, "{\"name\":\"\"}")),
			// creating in the caller's own tenant; sent invalid so nothing is created
			entry("POST /regions/new", new Case(Kind.SELF, "code=&name=&timeZone=&locale=&phoneCountry=")),
			entry("POST /api/v1/regions", new Case(Kind.SELF,
					"{\"code\":\"\",\"name\":\"\",\"timeZone\":\"\",\"locale\":\"\",\"phoneCountry\":\"\"}")),
			entry("POST /positions/new", new Case(Kind.SELF, "code=&name=&roleType=CLERK&grade=1")),
			entry("POST /api/v1/positions", new Case(Kind.SELF, "{\"code\":\"\",\"name\":\"\"}")),
			entry("POST /tags", new Case(Kind.SELF, "type=SKILL&name=")),
			entry("POST /api/v1/tags", new Case(Kind.SELF, "{\"type\":\"SKILL\",\"name\":\"\"}")),
			// the caller's own archive (hr@acme has none: a page that says so)
			entry("GET /employees/me", new Case(Kind.SELF, null)),
			// employee import into the caller's own tenant: the form, templates, and an upload without a file / an
			// apply without a token, so nothing is imported
			entry("GET /employees/import", new Case(Kind.SELF, null)),
			entry("GET /employees/import/template", new Case(Kind.SELF, null)),
			entry("POST /employees/import", new Case(Kind.SELF, "file=")),
			entry("POST /employees/import/apply", new Case(Kind.SELF, "token=")),
			entry("POST /api/v1/employees/import", new Case(Kind.SELF, "{}")),
			// another tenant's preview token (a demo id stands for it): unknown here
			entry("POST /api/v1/employees/import/{token}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /org-units/import", new Case(Kind.SELF, null)),
			entry("GET /org-units/import/template", new Case(Kind.SELF, null)),
			entry("POST /org-units/import", new Case(Kind.SELF, "file=")),
			entry("POST /org-units/import/apply", new Case(Kind.SELF, "token=")),
			entry("POST /api/v1/org-units/import", new Case(Kind.SELF, "{}")),
			entry("POST /api/v1/org-units/import/{token}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /positions/import", new Case(Kind.SELF, null)),
			entry("GET /positions/import/template", new Case(Kind.SELF, null)),
			entry("POST /positions/import", new Case(Kind.SELF, "file=")),
			entry("POST /positions/import/apply", new Case(Kind.SELF, "token=")),
			entry("POST /api/v1/positions/import", new Case(Kind.SELF, "{}")),
			entry("POST /api/v1/positions/import/{token}", new Case(Kind.FOREIGN_ID, null)),
			// assessment and KPI record files: the same; their exports show only the caller's tenant (numbers and codes,
			// which carry no demo marker, so they are checked like the position export)
			entry("GET /assessments/import", new Case(Kind.SELF, null)),
			entry("GET /assessments/import/template", new Case(Kind.SELF, null)),
			entry("POST /assessments/import", new Case(Kind.SELF, "file=")),
			entry("POST /assessments/import/apply", new Case(Kind.SELF, "token=")),
			entry("GET /assessments/export", new Case(Kind.SELF, null)),
			entry("POST /api/v1/assessments/import", new Case(Kind.SELF, "{}")),
			entry("POST /api/v1/assessments/import/{token}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/assessments/export", new Case(Kind.SELF, null)),
			entry("GET /kpi-records/import", new Case(Kind.SELF, null)),
			entry("GET /kpi-records/import/template", new Case(Kind.SELF, null)),
			entry("POST /kpi-records/import", new Case(Kind.SELF, "file=")),
			entry("POST /kpi-records/import/apply", new Case(Kind.SELF, "token=")),
			entry("GET /kpi-records/export", new Case(Kind.SELF, null)),
			entry("POST /api/v1/kpi-records/import", new Case(Kind.SELF, "{}")),
			entry("POST /api/v1/kpi-records/import/{token}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/kpi-records/export", new Case(Kind.SELF, null)),

			// lists and forms of the caller's tenant
			entry("GET /regions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /regions/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /accounts", new Case(Kind.TENANT_LIST, null)),
			entry("GET /accounts/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /audit", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/regions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/accounts", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/audit-events", new Case(Kind.TENANT_LIST, null)),
			entry("GET /settings", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/settings", new Case(Kind.SELF, null)),
			entry("GET /employees", new Case(Kind.TENANT_LIST, null)),
			entry("GET /employees/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /org-units", new Case(Kind.TENANT_LIST, null)),
			entry("GET /org-units/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /positions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /positions/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /tags", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/employees", new Case(Kind.TENANT_LIST, null)),
			entry("GET /employees/export", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/employees/export", new Case(Kind.TENANT_LIST, null)),
			entry("GET /org-units/export", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/org-units/export", new Case(Kind.TENANT_LIST, null)),
			entry("GET /positions/export", new Case(Kind.SELF, null)),
			entry("GET /api/v1/positions/export", new Case(Kind.SELF, null)),
			entry("GET /api/v1/org-units", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/positions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/tags", new Case(Kind.TENANT_LIST, null)),

			// a demo id in the path
			entry("GET /regions/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /regions/{id}/edit", new Case(Kind.FOREIGN_ID,
					"code=cn-east&name={probe}&timeZone=UTC&locale=en&phoneCountry=CN")),
			entry("GET /accounts/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /accounts/{id}/edit", new Case(Kind.FOREIGN_ID, "displayName={probe}&roles=HR_ADMIN")),
			entry("POST /accounts/{id}/password-reset", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /me/tokens/{id}/revoke", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/regions/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/regions/{id}", new Case(Kind.FOREIGN_ID,
					"{\"name\":\"{probe}\",\"timeZone\":\"UTC\",\"locale\":\"en\",\"phoneCountry\":\"CN\"}")),
			entry("GET /api/v1/accounts/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PATCH /api/v1/accounts/{id}", new Case(Kind.FOREIGN_ID,
					"{\"displayName\":\"{probe}\",\"roles\":[\"HR_ADMIN\"],\"enabled\":false}")),
			entry("POST /api/v1/accounts/{id}/password-reset", new Case(Kind.FOREIGN_ID, null)),
			entry("DELETE /api/v1/me/tokens/{id}", new Case(Kind.FOREIGN_ID, null)),
			// employee module: demo's employee, org unit, position and tag ids in the path
			entry("GET /employees/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /employees/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /employees/{id}/edit", new Case(Kind.FOREIGN_ID, "name={probe}&regionId={region}&positionId={position}")),
			entry("POST /employees/{id}/leave", new Case(Kind.FOREIGN_ID, "leftOn=2025-01-01")),
			entry("POST /employees/{id}/erasure", new Case(Kind.FOREIGN_ID, "confirm=on")),
			entry("GET /employees/{id}/personal-data", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /employees/{id}/login", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /employees/{id}/tags", new Case(Kind.FOREIGN_ID, "tagId={tag}")),
			entry("POST /employees/{id}/tags/{tagId}/remove", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /org-units/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /org-units/{id}/edit", new Case(Kind.FOREIGN_ID, "name={probe}&kind=TEAM")),
			entry("GET /positions/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /positions/{id}/edit", new Case(Kind.FOREIGN_ID, "name={probe}&roleType=CLERK&grade=1")),
			entry("GET /tags/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /tags/{id}/edit", new Case(Kind.FOREIGN_ID, "type=SKILL&name={probe}")),
			entry("POST /tags/{id}/delete", new Case(Kind.FOREIGN_ID, "confirm=on")),
			entry("GET /api/v1/employees/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/employees/{id}", new Case(Kind.FOREIGN_ID,
					"{\"name\":\"{probe}\",\"regionId\":\"{region}\",\"positionId\":\"{position}\"}")),
			entry("POST /api/v1/employees/{id}/leave", new Case(Kind.FOREIGN_ID, "{\"leftOn\":\"2025-01-01\"}")),
			entry("GET /api/v1/employees/{id}/assignments", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/employees/{id}/personal-data", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/employees/{id}/erasure", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/employees/{id}/login", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/employees/{id}/tags", new Case(Kind.FOREIGN_ID, "{\"tagId\":\"{tag}\"}")),
			entry("DELETE /api/v1/employees/{id}/tags/{tagId}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/org-units/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/org-units/{id}", new Case(Kind.FOREIGN_ID, "{\"name\":\"{probe}\",\"kind\":\"TEAM\"}")),
			entry("GET /api/v1/positions/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/positions/{id}", new Case(Kind.FOREIGN_ID,
					"{\"name\":\"{probe}\",\"roleType\":\"CLERK\",\"grade\":1}")),
			entry("GET /api/v1/tags/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/tags/{id}", new Case(Kind.FOREIGN_ID, "{\"type\":\"SKILL\",\"name\":\"{probe}\"}")),
			entry("DELETE /api/v1/tags/{id}", new Case(Kind.FOREIGN_ID, null)),

			// a demo id in the body
			entry("POST /accounts/new", new Case(Kind.FOREIGN_REF,
					"name={probe}&displayName=Probe&roles=EMPLOYEE&regions={region}&locale=en")),
			entry("POST /api/v1/accounts", new Case(Kind.FOREIGN_REF,
					"{\"name\":\"{probe}\",\"displayName\":\"Probe\",\"roles\":[\"EMPLOYEE\"],\"regions\":[\"{region}\"]}")),
			entry("POST /employees/new", new Case(Kind.FOREIGN_REF, "employeeNo={probe}&name={probe}&regionId={region}"
					+ "&orgUnitId={orgUnit}&positionId={position}&managerId={employee}&hireDate=2025-01-01")),
			entry("POST /api/v1/employees", new Case(Kind.FOREIGN_REF, "{\"employeeNo\":\"{probe}\",\"name\":\"{probe}\","
					+ "\"regionId\":\"{region}\",\"orgUnitId\":\"{orgUnit}\",\"positionId\":\"{position}\","
					+ "\"managerId\":\"{employee}\",\"hireDate\":\"2025-01-01\"}")),
			entry("POST /org-units/new", new Case(Kind.FOREIGN_REF, "code={probe}&name={probe}&kind=TEAM&parent={orgUnit}&region={region}")),
			entry("POST /api/v1/org-units", new Case(Kind.FOREIGN_REF, "{\"code\":\"{probe}\",\"name\":\"{probe}\",\"kind\":\"TEAM\","
					+ "\"parentId\":\"{orgUnit}\",\"regionId\":\"{region}\"}")),

			entry("POST /settings", new Case(Kind.FOREIGN_REF,
					"key=competency.need-analysis.kpi-window-months&region={region}&value=7")),
			entry("PUT /api/v1/settings", new Case(Kind.FOREIGN_REF,
					"{\"key\":\"competency.need-analysis.kpi-window-months\",\"region\":\"{region}\",\"value\":\"7\"}")),

			// competency module
			entry("GET /api/v1/me/assessments", new Case(Kind.SELF, null)),
			entry("GET /api/v1/me/kpi-records", new Case(Kind.SELF, null)),
			// notification inbox (issue 4): the caller's own notices; ids of another user's (demo's) notice → 404
			entry("GET /inbox", new Case(Kind.SELF, null)),
			entry("GET /inbox/badge", new Case(Kind.SELF, null)),
			entry("POST /inbox/read-all", new Case(Kind.SELF, "")),
			entry("POST /inbox/{id}/read", new Case(Kind.FOREIGN_ID, "")),
			entry("GET /api/v1/me/notifications", new Case(Kind.SELF, null)),
			entry("GET /api/v1/inbox", new Case(Kind.SELF, null)),
			entry("POST /api/v1/inbox/read-all", new Case(Kind.SELF, null)),
			entry("POST /api/v1/inbox/{id}/read", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/me/notifications/read-all", new Case(Kind.SELF, null)),
			entry("POST /api/v1/me/notifications/{id}/read", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /notifications/deliveries", new Case(Kind.TENANT_LIST, null)),
			entry("POST /notifications/deliveries/{id}/retry", new Case(Kind.FOREIGN_ID, "")),
			entry("GET /notifications/deliveries/{id}/attempts", new Case(Kind.FOREIGN_ID, null)),
			// channel settings: the caller's tenant's own; a robot for a demo region is refused
			entry("GET /notifications/channels", new Case(Kind.TENANT_LIST, null)),
			entry("POST /notifications/channels/sms", new Case(Kind.SELF, "provider=SMPP&host=&port=0&systemId=&sourceAddress=")),
			entry("POST /notifications/channels/mail", new Case(Kind.SELF, "host=&port=0&security=NONE&fromAddress=")),
			entry("POST /notifications/channels/robots", new Case(Kind.FOREIGN_REF,
					"region={region}&kind=DINGTALK&webhookUrl=https://oapi.dingtalk.com/robot/send?access_token={probe}")),
			entry("POST /notifications/channels/remove", new Case(Kind.SELF, "channel=ROBOT")),
			entry("POST /notifications/channels/switch", new Case(Kind.SELF, "channel=ROBOT&enabled=true")),
			entry("POST /notifications/channels/test", new Case(Kind.SELF, "channel=SMS&destination=")),
			// notification preferences: the caller's own only (an empty form and an empty object change nothing)
			entry("GET /inbox/preferences", new Case(Kind.SELF, null)),
			entry("POST /inbox/preferences", new Case(Kind.SELF, "")),
			entry("GET /api/v1/me/notification-preferences", new Case(Kind.SELF, null)),
			entry("PUT /api/v1/me/notification-preferences", new Case(Kind.SELF, "{}")),
			// template editor: keys are the same in every tenant, the wording is the tenant's own (demo has an override of
			// notification.test ROBOT/en, which hr@demo sees and hr@acme neither sees nor resets)
			entry("GET /notifications/templates", new Case(Kind.SELF, null)),
			entry("GET /notifications/templates/{key}", new Case(Kind.TENANT_LIST, null)),
			entry("GET /notifications/templates/{key}/edit", new Case(Kind.SELF, null)),
			entry("POST /notifications/templates/{key}/edit", new Case(Kind.SELF, "channel=ROBOT&locale=en&subject=&body=")),
			entry("POST /notifications/templates/{key}/reset", new Case(Kind.SELF, "channel=ROBOT&locale=en")),
			entry("POST /notifications/templates/{key}/preview", new Case(Kind.SELF, "channel=SMS&locale=en&subject=x&body=y")),
			entry("GET /api/v1/notification-templates", new Case(Kind.TENANT_LIST, null)),
			entry("PUT /api/v1/notification-templates/{key}/{channel}/{locale}", new Case(Kind.SELF, "{\"subject\":\"\",\"body\":\"\"}")),
			entry("DELETE /api/v1/notification-templates/{key}/{channel}/{locale}", new Case(Kind.SELF, null)),
			// training (issue 5): programmes of the caller's tenant; a demo programme id → 404, a demo region refused
			entry("GET /api/v1/programmes", new Case(Kind.TENANT_LIST, null)),
			// learning paths: a demo programme → 404; the demo path's items and checkpoint by key
			entry("GET " + PATHS, new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + PATHS + "/{role}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + PATHS + "/{role}/items", new Case(Kind.FOREIGN_ID, "{\"kind\":\"COURSE\",\"refKey\":\"{course}\"}")),
			entry("PUT " + PATHS + "/{role}/items/{item}", new Case(Kind.FOREIGN_ID, "{\"kind\":\"COURSE\",\"refKey\":\"{course}\"}")),
			entry("DELETE " + PATHS + "/{role}/items/{item}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + PATHS + "/{role}/items/{item}/requires/{required}", new Case(Kind.FOREIGN_ID, null)),
			entry("DELETE " + PATHS + "/{role}/items/{item}/requires/{required}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + PATHS + "/{role}/checkpoints", new Case(Kind.FOREIGN_ID, "{\"dueOn\":\"2026-08-01\",\"expectedPercent\":80}")),
			entry("DELETE " + PATHS + "/{role}/checkpoints/{checkpoint}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /programmes", new Case(Kind.TENANT_LIST, null)),
			entry("GET /programmes/new", new Case(Kind.SELF, null)),
			entry("POST /programmes/new", new Case(Kind.FOREIGN_REF, "code={probe}&name={probe}&jointGoal=x&startsOn=2026-01-01"
					+ "&endsOn=2026-02-01&regions={region}")),
			entry("GET /programmes/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /programmes/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /programmes/{id}/edit", new Case(Kind.FOREIGN_ID, "name={probe}")),
			entry("POST /programmes/{id}/publish", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /programmes/{id}/versions", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /programmes/{id}/close", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /api/v1/programmes", new Case(Kind.FOREIGN_REF, "{\"code\":\"{probe}\",\"name\":\"{probe}\",\"jointGoal\":\"x\","
					+ "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-02-01\",\"regions\":[\"{region}\"]}")),
			entry("GET /api/v1/programmes/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/programmes/{id}/versions", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/programmes/{id}", new Case(Kind.FOREIGN_ID, "{\"name\":\"{probe}\"}")),
			entry("POST /api/v1/programmes/{id}/versions", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/programmes/{id}/publish", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/programmes/{id}/close", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/competencies", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/competency-requirements", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/assessments", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/kpis", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/kpi-records", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/scenarios", new Case(Kind.TENANT_LIST, null)),
			entry("GET /scenarios", new Case(Kind.TENANT_LIST, null)),
			entry("GET /scenarios/{id}/need-analysis", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/competencies", new Case(Kind.SELF, "{\"code\":\"\",\"nameZh\":\"\"}")),
			entry("POST /api/v1/kpis", new Case(Kind.SELF, "{\"code\":\"\",\"nameZh\":\"\"}")),
			entry("POST /api/v1/scenarios", new Case(Kind.SELF, "{\"code\":\"\",\"nameZh\":\"\"}")),
			entry("GET /api/v1/competencies/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/competencies/{id}", new Case(Kind.FOREIGN_ID, "{\"nameZh\":\"{probe}\",\"category\":\"EXECUTION\"}")),
			entry("GET /api/v1/kpis/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/kpis/{id}", new Case(Kind.FOREIGN_ID,
					"{\"nameZh\":\"{probe}\",\"unit\":\"%\",\"direction\":\"LOWER_IS_BETTER\",\"target\":1}")),
			entry("GET /api/v1/scenarios/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/scenarios/{id}", new Case(Kind.FOREIGN_ID, "{\"nameZh\":\"{probe}\"}")),
			entry("GET /api/v1/scenarios/{id}/need-analysis", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/scenarios/{id}/needs", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/scenarios/{id}/needs", new Case(Kind.FOREIGN_ID, "{\"jointGoal\":\"{probe}\"}")),
			entry("PUT /api/v1/competency-requirements", new Case(Kind.FOREIGN_REF,
					"{\"positionId\":\"{position}\",\"requirements\":[{\"competencyId\":\"{competency}\",\"requiredLevel\":1}]}")),
			entry("POST /api/v1/assessments", new Case(Kind.FOREIGN_REF, "{\"employeeId\":\"{employee}\",\"competencyId\":"
					+ "\"{competency}\",\"level\":3,\"source\":\"MENTOR\",\"assessor\":\"{probe}\"}")),
			entry("POST /api/v1/kpi-records", new Case(Kind.FOREIGN_REF, "{\"employeeId\":\"{employee}\",\"kpiId\":\"{kpi}\","
					+ "\"month\":\"2025-01-01\",\"value\":1}")),
			// competency pages: lists and forms, creates (sent invalid, or naming demo's positions, KPIs and competencies),
			// demo ids in the path, and required levels for demo's position
			entry("GET /competencies", new Case(Kind.TENANT_LIST, null)),
			entry("GET /competencies/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /competencies/requirements", new Case(Kind.TENANT_LIST, null)),
			entry("GET /kpis", new Case(Kind.TENANT_LIST, null)),
			entry("GET /kpis/new", new Case(Kind.TENANT_LIST, null)),
			entry("GET /scenarios/new", new Case(Kind.TENANT_LIST, null)),
			entry("POST /competencies/new", new Case(Kind.SELF, "code=&nameZh=&category=EXECUTION")),
			entry("POST /kpis/new", new Case(Kind.FOREIGN_REF,
					"code={probe}&nameZh={probe}&unit=%25&direction=LOWER_IS_BETTER&target=1&competencyIds={competency}")),
			entry("POST /scenarios/new", new Case(Kind.FOREIGN_REF,
					"code={probe}&nameZh={probe}&positionIds={position}&kpiIds={kpi}")),
			entry("POST /competencies/requirements", new Case(Kind.FOREIGN_REF,
					"positionId={position}&rows%5B0%5D.competencyId={competency}&rows%5B0%5D.level=1")),
			entry("GET /competencies/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /competencies/{id}/edit", new Case(Kind.FOREIGN_ID, "nameZh={probe}&category=EXECUTION")),
			entry("GET /kpis/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /kpis/{id}/edit", new Case(Kind.FOREIGN_ID, "nameZh={probe}&unit=%25&direction=LOWER_IS_BETTER&target=1")),
			entry("GET /scenarios/{id}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /scenarios/{id}/edit", new Case(Kind.FOREIGN_ID, "nameZh={probe}")),

			// training content (issue 5): demo's programme id and version in the path, then the keys of its course, unit,
			// question, task and steps; writes name {probe} so a write carried out would show in demo's snapshot
			entry("GET " + COURSES, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + COURSES, new Case(Kind.FOREIGN_ID, COURSE_BODY)),
			entry("PUT " + COURSES + "/order", new Case(Kind.FOREIGN_ID, "{\"keys\":[\"{course}\"]}")),
			entry("GET " + COURSES + "/{course}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + COURSES + "/{course}", new Case(Kind.FOREIGN_ID, COURSE_BODY)),
			entry("DELETE " + COURSES + "/{course}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + UNITS, new Case(Kind.FOREIGN_ID, "{\"kind\":\"TEXT\",\"title\":\"{probe}\",\"body\":\"{probe}\","
					+ "\"durationMinutes\":5}")),
			entry("PUT " + UNITS + "/order", new Case(Kind.FOREIGN_ID, "{\"keys\":[\"{unit}\"]}")),
			entry("PUT " + UNITS + "/{unit}", new Case(Kind.FOREIGN_ID, "{\"kind\":\"QUIZ\",\"title\":\"{probe}\","
					+ "\"durationMinutes\":5,\"passMark\":50}")),
			entry("DELETE " + UNITS + "/{unit}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + QUESTIONS, new Case(Kind.FOREIGN_ID, QUESTION_BODY)),
			entry("PUT " + QUESTIONS + "/order", new Case(Kind.FOREIGN_ID, "{\"keys\":[\"{question}\"]}")),
			entry("PUT " + QUESTIONS + "/{question}", new Case(Kind.FOREIGN_ID, QUESTION_BODY)),
			entry("DELETE " + QUESTIONS + "/{question}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + TASKS, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + TASKS, new Case(Kind.FOREIGN_ID, "{\"code\":\"{probe}\",\"titleZh\":\"{probe}\"}")),
			entry("PUT " + TASKS + "/order", new Case(Kind.FOREIGN_ID, "{\"keys\":[\"{task}\"]}")),
			entry("GET " + TASKS + "/{task}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + TASKS + "/{task}", new Case(Kind.FOREIGN_ID, "{\"code\":\"{probe}\",\"titleZh\":\"{probe}\"}")),
			entry("DELETE " + TASKS + "/{task}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + STEPS, new Case(Kind.FOREIGN_ID, STEP_BODY)),
			entry("PUT " + STEPS + "/order", new Case(Kind.FOREIGN_ID, "{\"keys\":[\"{requiredStep}\",\"{step}\"]}")),
			entry("PUT " + STEPS + "/{step}", new Case(Kind.FOREIGN_ID, STEP_BODY)),
			entry("DELETE " + STEPS + "/{step}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + STEPS + "/{step}/requires/{required}", new Case(Kind.FOREIGN_ID, null)),
			entry("DELETE " + STEPS + "/{step}/requires/{required}", new Case(Kind.FOREIGN_ID, null)),
			// the HR pages of a programme version's content and its groups (issue 5): demo's programme, version and keys in the path
			entry("GET " + COURSE_PAGES, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + COURSE_PAGES, new Case(Kind.FOREIGN_ID, COURSE_FORM)),
			entry("POST " + COURSE_PAGES + "/{course}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + COURSE_PAGES + "/{course}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + COURSE_PAGES + "/{course}", new Case(Kind.FOREIGN_ID, COURSE_FORM)),
			entry("POST " + COURSE_PAGES + "/{course}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + UNIT_PAGES, new Case(Kind.FOREIGN_ID, UNIT_FORM)),
			entry("POST " + UNIT_PAGES + "/{unit}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + UNIT_PAGES + "/{unit}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + UNIT_PAGES + "/{unit}", new Case(Kind.FOREIGN_ID, "kind=QUIZ&title={probe}&durationMinutes=5&passMark=50")),
			entry("POST " + UNIT_PAGES + "/{unit}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + QUESTION_PAGES, new Case(Kind.FOREIGN_ID, QUESTION_FORM)),
			entry("POST " + QUESTION_PAGES + "/{question}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + QUESTION_PAGES + "/{question}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + QUESTION_PAGES + "/{question}", new Case(Kind.FOREIGN_ID, QUESTION_FORM)),
			entry("POST " + QUESTION_PAGES + "/{question}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("GET " + TASK_PAGES, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + TASK_PAGES, new Case(Kind.FOREIGN_ID, "code={probe}&titleZh={probe}")),
			entry("POST " + TASK_PAGES + "/{task}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + TASK_PAGES + "/{task}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + TASK_PAGES + "/{task}", new Case(Kind.FOREIGN_ID, "code={probe}&titleZh={probe}")),
			entry("POST " + TASK_PAGES + "/{task}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + STEP_PAGES, new Case(Kind.FOREIGN_ID, STEP_FORM)),
			entry("POST " + STEP_PAGES + "/{step}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + STEP_PAGES + "/{step}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + STEP_PAGES + "/{step}", new Case(Kind.FOREIGN_ID, STEP_FORM)),
			entry("POST " + STEP_PAGES + "/{step}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + STEP_PAGES + "/{step}/requires", new Case(Kind.FOREIGN_ID, "requires={requiredStep}")),
			entry("POST " + STEP_PAGES + "/{step}/requires/{required}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("GET " + PATH_PAGES, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + PATH_PAGES + "/items", new Case(Kind.FOREIGN_ID, "ref=COURSE:{course}&dueOn=2026-08-01")),
			entry("POST " + PATH_PAGES + "/items/{item}/move", new Case(Kind.FOREIGN_ID, "direction=up")),
			entry("GET " + PATH_PAGES + "/items/{item}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + PATH_PAGES + "/items/{item}", new Case(Kind.FOREIGN_ID, "ref=COURSE:{course}&dueOn=2026-08-01")),
			entry("POST " + PATH_PAGES + "/items/{item}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + PATH_PAGES + "/prerequisites", new Case(Kind.FOREIGN_ID, "item={requiredItem}&requires={pathItem}")),
			entry("POST " + PATH_PAGES + "/items/{item}/requires/{required}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + PATH_PAGES + "/checkpoints", new Case(Kind.FOREIGN_ID, "dueOn=2026-08-01&expectedPercent=80&label={probe}")),
			entry("POST " + PATH_PAGES + "/checkpoints/{checkpoint}/delete", new Case(Kind.FOREIGN_ID, "")),
			entry("GET /programmes/{id}/groups", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /programmes/{id}/groups/proposal", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /programmes/{id}/groups/proposal", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /programmes/{id}/groups/{groupId}/clerks", new Case(Kind.FOREIGN_ID, "clerkId={employee}")),
			entry("POST /programmes/{id}/groups/{groupId}/mentor", new Case(Kind.FOREIGN_ID, "menteeId={employee}&mentorId=")),
			// collaboration groups (training): demo's programme and group in the path
			entry("GET /api/v1/programmes/{id}/pairing", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/programmes/{id}/pairing", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/programmes/{id}/groups", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/programmes/{id}/groups/{groupId}", new Case(Kind.FOREIGN_ID,
					"{\"action\":\"CHANGE_MENTOR\",\"menteeId\":\"{employee}\",\"mentorId\":null}")),

			// occurrences of joint sessions (training): demo's programme and occurrence in the path; writes name {probe}
			entry("GET " + OCCURRENCES, new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + OCCURRENCES, new Case(Kind.FOREIGN_ID, OCCURRENCE_BODY)),
			entry("GET " + OCCURRENCES + "/{occurrenceId}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + OCCURRENCES + "/{occurrenceId}", new Case(Kind.FOREIGN_ID, OCCURRENCE_BODY)),
			entry("DELETE " + OCCURRENCES + "/{occurrenceId}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + OCCURRENCES + "/{occurrenceId}/attendance", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT " + OCCURRENCES + "/{occurrenceId}/attendance", new Case(Kind.FOREIGN_ID,
					"{\"marks\":[{\"employeeId\":\"{employee}\",\"status\":\"ABSENT\",\"note\":\"{probe}\"}]}")),
			entry("GET /programmes/{id}/occurrences", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /programmes/{id}/occurrences", new Case(Kind.FOREIGN_ID, OCCURRENCE_FORM)),
			entry("POST /programmes/{id}/occurrences/{occurrenceId}", new Case(Kind.FOREIGN_ID, OCCURRENCE_FORM)),
			entry("POST /programmes/{id}/occurrences/{occurrenceId}/cancel", new Case(Kind.FOREIGN_ID, "")),
			entry("GET /programmes/{id}/occurrences/{occurrenceId}/attendance", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /programmes/{id}/occurrences/{occurrenceId}/attendance", new Case(Kind.FOREIGN_ID,
					"marks%5B0%5D.employeeId={employee}&marks%5B0%5D.status=ABSENT&marks%5B0%5D.note={probe}")),
			// the caller's own mentees' sessions (hr@acme mentors nobody: an empty list)
			entry("GET /mentoring/sessions", new Case(Kind.SELF, null)),
			// learning progress (training): the caller's own programmes; demo's programme, course and unit in the path
			entry("GET /api/v1/me/training", new Case(Kind.SELF, null)),
			entry("GET /api/v1/me/mentees", new Case(Kind.SELF, null)),
			entry("GET " + MY_TRAINING, new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + MY_TRAINING + "/courses/{courseKey}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + MY_TRAINING + "/units/{unitKey}/open", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + MY_TRAINING + "/units/{unitKey}/heartbeat", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + MY_TRAINING + "/units/{unitKey}/confirm", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + MY_TRAINING + "/units/{unitKey}/quiz", new Case(Kind.FOREIGN_ID, "{\"answers\":{}}")),
			entry("GET /api/v1/programmes/{id}/progress", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /programmes/{id}/progress", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /my/training", new Case(Kind.SELF, null)),
			entry("GET /my/mentees", new Case(Kind.SELF, null)),
			entry("GET " + MY_PAGES, new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + MY_PAGES + "/courses/{courseKey}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET " + MY_PAGES + "/units/{unitKey}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST " + MY_PAGES + "/units/{unitKey}/heartbeat", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + MY_PAGES + "/units/{unitKey}/confirm", new Case(Kind.FOREIGN_ID, "")),
			entry("POST " + MY_PAGES + "/units/{unitKey}/quiz", new Case(Kind.FOREIGN_ID, "q_x=0")),
			// materials library (training): the caller's tenant's library; a link sent invalid, so nothing is created; demo's
			// material id in the path (its file opens for hr@demo only); demo's programme and group for the matches
			entry("GET /materials", new Case(Kind.TENANT_LIST, null)),
			entry("GET /materials/new", new Case(Kind.SELF, null)),
			entry("POST /materials/new", new Case(Kind.SELF, "kind=LINK&title=&audience=JOINT&url=")),
			entry("GET /materials/{materialId}/edit", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /materials/{materialId}/edit", new Case(Kind.FOREIGN_ID, "title={probe}&audience=JOINT")),
			entry("POST /materials/{materialId}/delete", new Case(Kind.FOREIGN_ID, "confirm=on")),
			entry("GET /materials/{materialId}/file", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/materials", new Case(Kind.TENANT_LIST, null)),
			entry("POST /api/v1/materials", new Case(Kind.SELF, "{\"title\":\"\",\"audience\":\"JOINT\",\"url\":\"\"}")),
			entry("GET /api/v1/materials/{materialId}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/materials/{materialId}", new Case(Kind.FOREIGN_ID, "{\"title\":\"{probe}\",\"audience\":\"JOINT\"}")),
			entry("DELETE /api/v1/materials/{materialId}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/materials/{materialId}/file", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/programmes/{id}/groups/{groupId}/materials", new Case(Kind.FOREIGN_ID, null)),

			// check-in sessions (attendance): the caller's tenant's sessions; demo's occurrence as the session in the path, any
			// demo id as a flag or correction (the session or the correction is not the attacker's either way)
			entry("GET /api/v1/sessions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /api/v1/sessions/{sessionId}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/sessions/{sessionId}/roster", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/sessions/{sessionId}/policy", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/sessions/{sessionId}/policy", new Case(Kind.FOREIGN_ID, "{\"opensBeforeMinutes\":30,\"methods\":\"QR\"}")),
			entry("DELETE /api/v1/sessions/{sessionId}/policy", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/sessions/{sessionId}/flags", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/sessions/{sessionId}/flags/{flagId}", new Case(Kind.FOREIGN_ID,
					"{\"decision\":\"DISMISSED\",\"note\":\"{probe}\"}")),
			entry("GET /sessions", new Case(Kind.TENANT_LIST, null)),
			entry("GET /sessions/{sessionId}", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /sessions/{sessionId}/roster", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /sessions/{sessionId}/policy", new Case(Kind.FOREIGN_ID, "opensBeforeMinutes=30&methods=QR")),
			entry("POST /sessions/{sessionId}/policy/reset", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /sessions/{sessionId}/flags/{flagId}", new Case(Kind.FOREIGN_ID, "decision=DISMISSED&note={probe}")),
			// the caller's own check-ins and corrections; a request naming demo's session; corrections to decide
			entry("GET /my/check-ins", new Case(Kind.SELF, null)),
			entry("POST /my/check-ins/corrections", new Case(Kind.FOREIGN_REF, "sessionId={occurrence}&reason={probe}")),
			entry("GET /api/v1/me/check-ins", new Case(Kind.SELF, null)),
			entry("GET /api/v1/me/corrections", new Case(Kind.SELF, null)),
			entry("POST /api/v1/me/corrections", new Case(Kind.FOREIGN_REF, "{\"sessionId\":\"{occurrence}\",\"reason\":\"{probe}\"}")),
			entry("GET /corrections", new Case(Kind.SELF, null)),
			entry("POST /corrections/{correctionId}/approve", new Case(Kind.FOREIGN_ID, "note={probe}")),
			entry("POST /corrections/{correctionId}/reject", new Case(Kind.FOREIGN_ID, "note={probe}")),
			entry("GET /api/v1/corrections", new Case(Kind.SELF, null)),
			// the caller's own consent to snapshot evidence (hr@acme has no employee: nothing to consent to); a snapshot of
			// demo's session (any demo id as the snapshot)
			entry("POST /my/check-ins/snapshot-consent", new Case(Kind.SELF, "")),
			entry("POST /my/check-ins/snapshot-consent/withdraw", new Case(Kind.SELF, "")),
			entry("GET /api/v1/me/snapshot-consent", new Case(Kind.SELF, null)),
			entry("PUT /api/v1/me/snapshot-consent", new Case(Kind.SELF, null)),
			entry("DELETE /api/v1/me/snapshot-consent", new Case(Kind.SELF, null)),
			entry("GET /sessions/{sessionId}/snapshots/{snapshotId}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/corrections/{correctionId}/approve", new Case(Kind.FOREIGN_ID, "{\"note\":\"{probe}\"}")),
			entry("POST /api/v1/corrections/{correctionId}/reject", new Case(Kind.FOREIGN_ID, "{\"note\":\"{probe}\"}")),
			// face terminals (attendance, issue 6): the device endpoints are unauthenticated (a device is known by its serial
			// number or token: without one, or with an unknown one, nothing is said); demo's device and punch in the paths
			entry("GET /iclock/cdata", new Case(Kind.PUBLIC, null)),
			entry("GET /iclock/cdata.aspx", new Case(Kind.PUBLIC, null)),
			entry("POST /iclock/cdata", new Case(Kind.PUBLIC, "1\t2026-07-10 09:00:00\t0\t15")),
			entry("POST /iclock/cdata.aspx", new Case(Kind.PUBLIC, "1\t2026-07-10 09:00:00\t0\t15")),
			entry("GET /iclock/getrequest", new Case(Kind.PUBLIC, null)),
			entry("GET /iclock/getrequest.aspx", new Case(Kind.PUBLIC, null)),
			entry("POST /iclock/devicecmd", new Case(Kind.PUBLIC, "ID=1&Return=0&CMD=DATA")),
			entry("POST /iclock/devicecmd.aspx", new Case(Kind.PUBLIC, "ID=1&Return=0&CMD=DATA")),
			entry("GET /iclock/**", new Case(Kind.PUBLIC, null)),
			entry("POST /api/v1/devices/hikvision/{token}", new Case(Kind.PUBLIC, "{\"eventType\":\"heartBeat\"}")),
			entry("GET /api/v1/devices", new Case(Kind.TENANT_LIST, null)),
			entry("POST /api/v1/devices", new Case(Kind.FOREIGN_REF,
					"{\"vendor\":\"ZKTECO\",\"serialNo\":\"{probe}\",\"name\":\"{probe}\",\"regionId\":\"{region}\"}")),
			entry("GET /api/v1/devices/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("PUT /api/v1/devices/{id}", new Case(Kind.FOREIGN_ID, "{\"name\":\"{probe}\",\"regionId\":\"{region}\"}")),
			entry("POST /api/v1/devices/{id}/push-employees", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/devices/{id}/attlog", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/devices/punches", new Case(Kind.TENANT_LIST, null)),
			entry("POST /api/v1/devices/punches/{punchId}/assign", new Case(Kind.FOREIGN_ID,
					"{\"sessionId\":\"{occurrence}\",\"note\":\"{probe}\"}")),
			entry("POST /api/v1/devices/punches/{punchId}/dismiss", new Case(Kind.FOREIGN_ID, "{\"note\":\"{probe}\"}")),
			entry("GET /devices", new Case(Kind.TENANT_LIST, null)),
			entry("POST /devices", new Case(Kind.FOREIGN_REF, "vendor=ZKTECO&serialNo={probe}&name={probe}&region={region}")),
			entry("GET /devices/{id}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /devices/{id}", new Case(Kind.FOREIGN_ID, "name={probe}&region={region}")),
			entry("POST /devices/{id}/enabled", new Case(Kind.FOREIGN_ID, "enabled=false")),
			entry("POST /devices/{id}/push-employees", new Case(Kind.FOREIGN_ID, "")),
			entry("POST /devices/{id}/attlog", new Case(Kind.FOREIGN_ID, "")),
			entry("GET /devices/punches", new Case(Kind.TENANT_LIST, null)),
			entry("POST /devices/punches/{punchId}/assign", new Case(Kind.FOREIGN_ID, "sessionId={occurrence}&note={probe}")),
			entry("POST /devices/punches/{punchId}/dismiss", new Case(Kind.FOREIGN_ID, "note={probe}")),
			// QR check-in (attendance.qr): demo's session in the path. The check-in posts are refused before anything is read:
			// hr@acme cannot know a valid code of demo's session, so its forged code is 422 (QrCheckInTest shows that another
			// tenant's valid code gets 404); the page's post reads the session first (404)
			entry("GET /sessions/screens", new Case(Kind.SELF, null)),
			entry("GET /sessions/{sessionId}/screen", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /sessions/{sessionId}/screen/code", new Case(Kind.FOREIGN_ID, null)),
			entry("GET /api/v1/sessions/{sessionId}/qr", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /api/v1/sessions/{sessionId}/check-ins", new Case(Kind.FOREIGN_REF,
					"{\"code\":\"AAAAAAAAAAAAAAAA\",\"fingerprint\":\"{probe}\"}")),
			entry("GET /check-in/{sessionId}", new Case(Kind.FOREIGN_ID, null)),
			entry("POST /check-in/{sessionId}", new Case(Kind.FOREIGN_ID, "c=AAAAAAAAAAAAAAAA&fingerprint={probe}")),

			// platform operators only
			entry("GET /platform/tenants", new Case(Kind.PLATFORM, null)),
			entry("POST /platform/tenants", new Case(Kind.PLATFORM, "code={probe}&name=Probe&regionCode=hq&regionName=HQ"
					+ "&timeZone=UTC&locale=en&phoneCountry=CN&adminName=hr")),
			entry("GET /api/v1/platform/tenants", new Case(Kind.PLATFORM, null)),
			entry("POST /api/v1/platform/tenants", new Case(Kind.PLATFORM, "{\"code\":\"{probe}\",\"name\":\"Probe\",\"regions\":"
					+ "[{\"code\":\"hq\",\"name\":\"HQ\",\"timeZone\":\"UTC\",\"locale\":\"en\",\"phoneCountry\":\"CN\"}],"
					+ "\"adminName\":\"hr\"}")));

	/**
	 * Which demo id a path variable stands for, by the path before it: a region, an account, a token, an employee, an
	 * org unit, a position or a tag.
	 */
	static final Map<String, String> ID_FAMILIES = Map.ofEntries(
			entry("/api/v1/regions/", "region"), entry("/regions/", "region"),
			entry("/programmes/", "programme"),
			entry("/api/v1/accounts/", "account"), entry("/accounts/", "account"),
			entry("/api/v1/me/tokens/", "token"), entry("/me/tokens/", "token"),
			entry("/api/v1/employees/", "employee"), entry("/employees/", "employee"),
			entry("/api/v1/employees/import/", "employee"),
			entry("/api/v1/org-units/import/", "orgUnit"), entry("/api/v1/positions/import/", "position"),
			entry("/api/v1/assessments/import/", "employee"), entry("/api/v1/kpi-records/import/", "kpi"),
			entry("/api/v1/employees/{id}/tags/", "tag"), entry("/employees/{id}/tags/", "tag"),
			entry("/api/v1/org-units/", "orgUnit"), entry("/org-units/", "orgUnit"),
			entry("/api/v1/positions/", "position"), entry("/positions/", "position"),
			entry("/api/v1/tags/", "tag"), entry("/tags/", "tag"),
			entry("/api/v1/competencies/", "competency"), entry("/api/v1/kpis/", "kpi"), entry("/api/v1/scenarios/", "scenario"),
			entry("/scenarios/", "scenario"), entry("/competencies/", "competency"), entry("/kpis/", "kpi"),
			entry("/api/v1/programmes/{id}/groups/", "group"),
			entry("/api/v1/programmes/{id}/occurrences/", "occurrence"), entry("/programmes/{id}/occurrences/", "occurrence"),
			entry("/api/v1/materials/", "material"), entry("/materials/", "material"),
			entry("/api/v1/sessions/", "occurrence"), entry("/sessions/", "occurrence"),
			entry("/api/v1/sessions/{sessionId}/flags/", "occurrence"), entry("/sessions/{sessionId}/flags/", "occurrence"),
			entry("/sessions/{sessionId}/snapshots/", "snapshot"),
			entry("/api/v1/corrections/", "occurrence"), entry("/corrections/", "occurrence"),
			// face terminals (issue 6): demo's ZKTeco device and an unmatched punch of it; a token no device has
			entry("/api/v1/devices/", "device"), entry("/devices/", "device"), entry("/api/v1/devices/punches/", "punch"),
			entry("/devices/punches/", "punch"), entry("/api/v1/devices/hikvision/", "hikvisionToken"),
			// QR check-in (attendance.qr): a session is an occurrence
			entry("/check-in/", "occurrence"),
			entry("/inbox/", "notice"), entry("/api/v1/me/notifications/", "notice"), entry("/api/v1/inbox/", "notice"), entry("/notifications/deliveries/", "delivery"),
			// training content (issue 5): demo's programme, its version, and the keys of its content
			entry("/api/v1/me/training/", "programme"), entry("/my/training/", "programme"),
			entry(MY_PAGES + "/courses/", "course"), entry(MY_PAGES + "/units/", "unit"), entry(MY_TRAINING + "/courses/", "course"), entry(MY_TRAINING + "/units/", "unit"),
			entry("/api/v1/programmes/", "programme"), entry("/api/v1/programmes/{id}/versions/", "programmeVersion"),
			entry(PATHS + "/", "role"), entry(PATHS + "/{role}/items/", "pathItem"),
			entry(PATHS + "/{role}/items/{item}/requires/", "requiredItem"), entry(PATHS + "/{role}/checkpoints/", "checkpoint"),
			entry(COURSES + "/", "course"), entry(UNITS + "/", "unit"), entry(QUESTIONS + "/", "question"),
			entry(TASKS + "/", "task"), entry(STEPS + "/", "step"), entry(STEPS + "/{step}/requires/", "requiredStep"),
			// the HR pages of a programme version's content and its groups (issue 5)
			entry("/programmes/{id}/versions/", "programmeVersion"), entry("/programmes/{id}/groups/", "group"),
			entry(COURSE_PAGES + "/", "course"), entry(UNIT_PAGES + "/", "unit"), entry(QUESTION_PAGES + "/", "question"),
			entry(TASK_PAGES + "/", "task"), entry(STEP_PAGES + "/", "step"), entry(STEP_PAGES + "/{step}/requires/", "requiredStep"),
			entry(PAGES + "/paths/", "role"), entry(PATH_PAGES + "/items/", "pathItem"),
			entry(PATH_PAGES + "/items/{item}/requires/", "requiredItem"), entry(PATH_PAGES + "/checkpoints/", "checkpoint"),
			// not ids but the template, channel and locale of demo's override
			entry("/notifications/templates/", "template"), entry("/api/v1/notification-templates/", "template"),
			entry("/api/v1/notification-templates/{key}/", "channel"), entry("/api/v1/notification-templates/{key}/{channel}/", "locale"));

	private static final String DEMO_TEMPLATE = "notification.test";
	private static final Channel DEMO_TEMPLATE_CHANNEL = Channel.ROBOT;
	private static final String DEMO_TEMPLATE_LOCALE = "en";
	private static final String PASSWORD = "cotrain-demo";
	private static final String ATTACKER = "hr@acme";
	private static final String ANONYMOUS = "anonymous";
	private static final String PROBE = "probe-" + UUID.randomUUID().toString().substring(0, 8);
	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)[^}]*}");
	private static final Pattern CSRF = Pattern.compile(
			"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;
	@Autowired
	LearningPaths learningPaths;
	@Autowired
	Programmes programmes;
	@Autowired
	Templates templates;
	@Autowired
	DeliveryWorker worker;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Courses courses;
	@Autowired
	TaskTemplates tasks;
	@Autowired
	Groups groups;
	@Autowired
	Occurrences occurrences;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Materials materials;
	@Autowired
	io.cotrain.tenancy.TenantSettings settings;
	@Autowired
	io.cotrain.attendance.privacy.Snapshots snapshots;
	@Autowired
	io.cotrain.attendance.CheckIns checkIns;
	@Autowired
	io.cotrain.attendance.terminal.PunchMatcher punchMatcher;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient apiClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	private final Map<String, Browser> browsers = new HashMap<>();

	@Test
	void everyEndpointHasACaseAndEveryCaseAnEndpoint() {
		Set<String> endpoints = endpoints();
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(minus(endpoints, CASES.keySet()))
				.as("endpoints without a case: add \"METHOD pattern\" to EndpointIsolationTest.CASES").isEmpty();
			softly.assertThat(minus(CASES.keySet(), endpoints)).as("stale cases in EndpointIsolationTest.CASES: no such endpoint")
				.isEmpty();
		});
	}

	@Test
	void everyNonPublicEndpointDeclaresItsRoles() {
		List<String> undeclared = handlerMapping.getHandlerMethods().entrySet().stream()
			.filter(e -> keys(e.getKey()).stream().anyMatch(k -> CASES.get(k) == null || CASES.get(k).kind() != Kind.PUBLIC))
			.filter(e -> !declaresRoles(e.getValue()))
			.map(e -> e.getValue().getShortLogMessage() + " " + keys(e.getKey()))
			.sorted().toList();
		assertThat(undeclared).as("handler methods without @PreAuthorize on the method or its class").isEmpty();
	}

	@Test
	void hrOfAcmeGetsNothingOfDemoThroughAnyEndpoint() {
		Demo demo = prepareDemo();
		try {
			Snapshot before = snapshot(demo);
			List<String> failures = new ArrayList<>();
			for (String endpoint : endpoints()) {
				Case c = CASES.get(endpoint);
				if (c == null) {
					failures.add(endpoint + ": no case");
					continue;
				}
				failures.addAll(exercise(endpoint, c, demo));
			}

			// the writes changed nothing in demo, and the {probe} they named was created nowhere
			Snapshot after = snapshot(demo);
			expect(failures, after.equals(before), "demo changed: " + before + " → " + after);
			expect(failures, api("GET", "/api/v1/me", "Bearer " + demo.tokenSecret(), null).ok(),
					"clerk.wang's API token stopped working");
			failures.addAll(probeShown());
			assertThat(failures).as("isolation failures").isEmpty();
		}
		finally {
			api("DELETE", "/api/v1/me/tokens/" + demo.ids().get("token"), basic("clerk.wang@demo"), null);
			demoTemplate(false);
		}
	}

	/** Sends one endpoint's request as hr@acme (anonymous for PUBLIC) and returns what went wrong. */
	private List<String> exercise(String endpoint, Case c, Demo demo) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		String path = path(pattern, demo);
		String body = c.body() == null ? null : c.body().replace("{probe}", PROBE);
		for (Map.Entry<String, String> id : demo.ids().entrySet()) {
			body = body == null ? null : body.replace("{" + id.getKey() + "}", id.getValue());
		}
		boolean read = method.equals("GET");
		boolean page = !pattern.startsWith("/api/");
		String caller = c.kind() == Kind.PUBLIC ? ANONYMOUS : ATTACKER;
		Reply reply = as(caller, method, path, body);

		List<String> failures = new ArrayList<>();
		String where = endpoint + " (" + path + ") as " + caller + " → " + reply;
		expect(failures, demo.shownIn(reply, path).isEmpty(), where + ": shows demo data " + demo.shownIn(reply, path));
		boolean expected = switch (c.kind()) {
			// a redirect to the login page is tolerated: /v3/api-docs.yaml is not in SecurityConfiguration.PUBLIC_UI
			case PUBLIC -> reply.status() != 401 && reply.status() != 403;
			case SELF, TENANT_LIST -> reply.ok()
					|| !read && (reply.status() == 422 || page && reply.isRedirect() && !reply.redirectsTo("/login"));
			// a page may send the caller to the login or the error page instead, never to a success
			case FOREIGN_ID -> reply.status() == 403 || reply.status() == 404
					|| page && (reply.redirectsTo("/login") || reply.redirectsTo("/error"));
			// a page shows its form again (with the error); that nothing was created is checked at the end
			case FOREIGN_REF -> reply.status() / 100 == 4 || page && reply.ok();
			case PLATFORM -> reply.status() == 403;
		};
		expect(failures, expected, where + ": expected " + c.kind().expected);
		if (c.kind() == Kind.PUBLIC) {
			Reply signedIn = as(ATTACKER, method, path, body);
			expect(failures, demo.shownIn(signedIn, path).isEmpty(),
					endpoint + " as " + ATTACKER + " → " + signedIn + ": shows demo data " + demo.shownIn(signedIn, path));
		}

		// controls: the rightful user gets the same read, so the id, the markers and the 403 are real
		String owner = c.kind() == Kind.PLATFORM ? "operator@platform"
				: c.kind() == Kind.FOREIGN_ID || c.kind() == Kind.TENANT_LIST ? OWNERS.getOrDefault(endpoint, "hr@demo") : null;
		if (read && owner != null) {
			Reply own = as(owner, method, path, null);
			expect(failures, own.ok() && (c.kind() != Kind.TENANT_LIST || !demo.shownIn(own, path).isEmpty()),
					endpoint + " (" + path + ") as " + owner + " → " + own + ": expected 2xx"
							+ (c.kind() == Kind.TENANT_LIST ? " showing demo data" : ""));
		}
		return failures;
	}

	/**
	 * The demo data the attacker aims at: ids by family, a token of clerk.wang, what must never be shown (markers), and
	 * the product's own texts that quote a marker as an example ("e.g. hr@demo"), which are not data.
	 */
	record Demo(Map<String, String> ids, String tokenSecret, List<String> markers, List<String> copy) {

		/** The markers in a reply, apart from the request's own path echoed back (problem "instance") and the product's texts. */
		List<String> shownIn(Reply reply, String path) {
			String shown = reply.body().replace(path, "");
			for (String text : copy) {
				shown = shown.replace(text, "").replace(HtmlUtils.htmlEscape(text), "");
			}
			String rest = shown;
			return markers.stream().filter(rest::contains).toList();
		}

		/** The message texts (all languages) that contain a marker. */
		static List<String> copyQuoting(List<String> markers) {
			List<String> texts = new ArrayList<>();
			try {
				for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
					Properties messages = new Properties();
					try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
						messages.load(reader);
					}
					messages.values().stream().map(String::valueOf).filter(t -> markers.stream().anyMatch(t::contains)).forEach(texts::add);
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return List.copyOf(texts);
		}

		static String find(JsonNode list, String field, String value) {
			for (JsonNode item : list) {
				if (value.equals(item.get(field).asString())) {
					return item.get("id").asString();
				}
			}
			throw new AssertionError("no demo item with " + field + " " + value + " in " + list);
		}
	}

	/**
	 * Reads demo's regions, accounts, employees, org units, positions and tags as hr@demo and issues an API token for
	 * clerk.wang@demo.
	 */
	private Demo prepareDemo() {
		JsonNode regions = json.readTree(api("GET", "/api/v1/regions", basic("hr@demo"), null).body());
		JsonNode accounts = json.readTree(api("GET", "/api/v1/accounts", basic("hr@demo"), null).body());
		JsonNode employees = json.readTree(api("GET", "/api/v1/employees?size=500", basic("hr@demo"), null).body()).get("content");
		JsonNode orgUnits = json.readTree(api("GET", "/api/v1/org-units", basic("hr@demo"), null).body());
		JsonNode positions = json.readTree(api("GET", "/api/v1/positions", basic("hr@demo"), null).body());
		JsonNode tags = json.readTree(api("GET", "/api/v1/tags", basic("hr@demo"), null).body());
		JsonNode competencies = json.readTree(api("GET", "/api/v1/competencies", basic("hr@demo"), null).body());
		JsonNode kpis = json.readTree(api("GET", "/api/v1/kpis", basic("hr@demo"), null).body());
		JsonNode scenarios = json.readTree(api("GET", "/api/v1/scenarios", basic("hr@demo"), null).body());
		JsonNode programmes = json.readTree(api("GET", "/api/v1/programmes", basic("hr@demo"), null).body());
		assertThat(employees.size()).as("demo employees").isGreaterThanOrEqualTo(60);
		Reply issued = api("POST", "/api/v1/me/tokens", basic("clerk.wang@demo"), "{\"name\":\"isolation\",\"validDays\":1}");
		assertThat(issued.status()).as("token for clerk.wang@demo: " + issued.body()).isEqualTo(201);
		JsonNode token = json.readTree(issued.body()).get("token");
		List<String> markers = new ArrayList<>(List.of("示例制造", "Demo Manufacturing", "@demo", "cn-east", "vn-hcm", "华东", "越南",
				"王芳", "订单流程协同", "demo-manufacturing.example"));
		regions.forEach(r -> markers.add(r.get("id").asString()));
		accounts.forEach(a -> markers.add(a.get("id").asString()));
		for (JsonNode family : List.of(employees, orgUnits, positions, tags, competencies, kpis, scenarios, programmes)) {
			family.forEach(item -> markers.add(item.get("id").asString()));
		}
		markers.add(token.get("id").asString());
		String clerkWang = Demo.find(employees, "employeeNo", "00101");
		String notice = demoNotice(Demo.find(accounts, "username", "clerk.wang@demo"));
		String delivery = demoDelivery(notice);
		demoTemplate(true);
		markers.add(notice);
		markers.add(delivery);
		// training content (issue 5): demo's programme with a course and a task; its ids and keys are markers too
		Map<String, String> training = demoTraining();
		training.forEach((family, id) -> {
			if (!family.equals("programmeVersion")) {
				markers.add(id);
			}
		});
		Map<String, String> ids = new HashMap<>(training);
		ids.putAll(demoPath(training));
		String group = demoGroup(training.get("programme"), Demo.find(employees, "employeeNo", "00201"), clerkWang);
		markers.add(group);
		String occurrence = demoOccurrence(training.get("programme"), group);
		markers.add(occurrence);
		String material = demoMaterial();
		markers.add(material);
		String snapshot = demoSnapshot(occurrence, clerkWang);
		markers.add(snapshot);
		Map<String, String> terminal = demoTerminal();
		markers.addAll(terminal.values());
		ids.putAll(Map.ofEntries(
				entry("region", Demo.find(regions, "code", "cn-east")),
				entry("account", Demo.find(accounts, "username", "clerk.wang@demo")),
				entry("token", token.get("id").asString()),
				entry("employee", clerkWang),
				entry("orgUnit", Demo.find(orgUnits, "code", "ORD-E1")),
				entry("position", Demo.find(positions, "code", "CLERK")),
				entry("tag", Demo.find(tags, "name", "订单流程协同")),
				entry("competency", Demo.find(competencies, "code", "CROSS_DEPT_COMM")),
				entry("kpi", Demo.find(kpis, "code", "ORDER_ERROR_RATE")),
				entry("scenario", Demo.find(scenarios, "code", "ORDER_FLOW")),
				entry("notice", notice), entry("delivery", delivery),
				entry("group", group), entry("occurrence", occurrence), entry("material", material), entry("snapshot", snapshot),
				entry("device", terminal.get("device")), entry("punch", terminal.get("punch")), entry("hikvisionToken", "no-such-token-" + PROBE),
				entry("template", DEMO_TEMPLATE), entry("channel", DEMO_TEMPLATE_CHANNEL.name()), entry("locale", DEMO_TEMPLATE_LOCALE)));
		return new Demo(ids, json.readTree(issued.body()).get("secret").asString(), List.copyOf(markers),
				Demo.copyQuoting(markers));
	}

	/**
	 * Training content (issue 5): demo's first programme — made here by SQL (version 1, a DRAFT) while the demo data has
	 * none — and, in its latest version, a course with a quiz unit and a question and a task template with two steps,
	 * the second requiring the first (made through the services when the version has no course or no task). Returns
	 * the ids by family: {@code programme}, {@code programmeVersion} (the version number), {@code course}, {@code unit},
	 * {@code question}, {@code task}, {@code step}, {@code requiredStep} (keys, the same in every version).
	 */
	private Map<String, String> demoTraining() {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			UUID programme = jdbc.sql("select id from programme order by code limit 1").query(UUID.class).optional().orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("""
						insert into programme (id, code, name, status, created_at, created_by)
						values (:id, 'ORDER-FLOW-CAMP', '订单流程协同训练营', 'DRAFT', now(), 'isolation test')""").param("id", id).update();
				jdbc.sql("""
						insert into programme_version (programme_id, version, status, name, joint_goal, starts_on, ends_on,
						  created_at, created_by)
						values (:id, 1, 'DRAFT', '订单流程协同训练营', '订单流程协同', date '2026-07-01', date '2026-09-30', now(),
						  'isolation test')""").param("id", id).update();
				return id;
			});
			Programmes.Programme found = programmes.get(programme);
			if (found.status() == Programmes.Status.ACTIVE && found.draft() == null) {
				programmes.newVersion(programme, "isolation test"); // so the draft pages have something to show hr@demo
			}
			int version = jdbc.sql("select max(version) from programme_version where programme_id = :p").param("p", programme)
				.query(Integer.class).single();
			Courses.Course course = courses.list(programme, version).stream().filter(c -> c.units().stream()
					.anyMatch(u -> !u.questions().isEmpty())).findFirst().orElseGet(() -> {
						Courses.Course created = courses.create(programme, version, new Courses.CourseForm("ISOLATION",
								"订单流程协同：订单录入", null, null, Audience.CLERK, Courses.Mode.ONLINE, BigDecimal.ONE, null));
						Courses.Unit quiz = courses.addUnit(programme, version, created.key(),
								new Courses.UnitForm(Courses.UnitKind.QUIZ, "订单流程协同测验", null, null, 0, 5, 60));
						courses.addQuestion(programme, version, created.key(), quiz.key(), new Courses.QuestionForm(
								"订单流程协同？", Courses.QuestionKind.SINGLE, List.of("是", "否"), List.of(0), 1));
						return courses.get(programme, version, created.key());
					});
			TaskTemplates.Task task = tasks.list(programme, version).stream().filter(t -> t.steps().stream()
					.anyMatch(s -> !s.requires().isEmpty())).findFirst().orElseGet(() -> {
						TaskTemplates.Task created = tasks.create(programme, version,
								new TaskTemplates.TaskForm("ISOLATION", "订单流程协同：流程优化", null, null, null, null));
						Set<TaskTemplates.EvidenceKind> evidence = Set.of(TaskTemplates.EvidenceKind.TEXT);
						TaskTemplates.Step entry = tasks.addStep(programme, version, created.key(),
								new TaskTemplates.StepForm(Audience.CLERK, "订单流程协同：录入", null, null, evidence, 0));
						TaskTemplates.Step optimise = tasks.addStep(programme, version, created.key(),
								new TaskTemplates.StepForm(Audience.CADRE, "订单流程协同：优化", null, null, evidence, 1));
						tasks.require(programme, version, created.key(), optimise.key(), entry.key());
						return tasks.get(programme, version, created.key());
					});
			TaskTemplates.Step step = task.steps().stream().filter(s -> !s.requires().isEmpty()).findFirst().orElseThrow();
			Courses.Unit unit = course.units().stream().filter(u -> !u.questions().isEmpty()).findFirst().orElseThrow();
			return new HashMap<>(Map.of("programme", programme.toString(), "programmeVersion", String.valueOf(version),
					"course", course.key().toString(), "unit", unit.key().toString(),
					"question", unit.questions().get(0).key().toString(), "task", task.key().toString(),
					"step", step.key().toString(), "requiredStep", step.requires().get(0).toString()));
		});
	}

	/**
	 * Learning paths (issue 5): on the clerk's path of demo's programme version, the course and the clerk's task step of
	 * {@link #demoTraining}, the step requiring the course, and a checkpoint. Returns {@code role}, {@code pathItem},
	 * {@code requiredItem}, {@code checkpoint}.
	 */
	private Map<String, String> demoPath(Map<String, String> training) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		UUID programme = UUID.fromString(training.get("programme"));
		int version = Integer.parseInt(training.get("programmeVersion"));
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			LearningPaths.Path path = learningPaths.path(programme, version, LearningPaths.Role.CLERK);
			if (path.items().stream().noneMatch(i -> !i.requires().isEmpty())) {
				java.time.LocalDate due = programmes.version(programme, version).endsOn();
				LearningPaths.Item course = learningPaths.addItem(programme, version, LearningPaths.Role.CLERK, new LearningPaths.ItemForm(
						LearningPaths.ItemKind.COURSE, UUID.fromString(training.get("course")), null, due, null));
				LearningPaths.Item step = learningPaths.addItem(programme, version, LearningPaths.Role.CLERK, new LearningPaths.ItemForm(
						LearningPaths.ItemKind.TASK_STEP, UUID.fromString(training.get("requiredStep")), null, due, null));
				learningPaths.addPrerequisite(programme, version, LearningPaths.Role.CLERK, step.key(), course.key());
				learningPaths.addCheckpoint(programme, version, LearningPaths.Role.CLERK, new LearningPaths.CheckpointForm(due, 80, "80%"));
				path = learningPaths.path(programme, version, LearningPaths.Role.CLERK);
			}
			LearningPaths.Item dependent = path.items().stream().filter(i -> !i.requires().isEmpty()).findFirst().orElseThrow();
			return Map.of("role", "CLERK", "pathItem", dependent.key().toString(), "requiredItem", dependent.requires().get(0).toString(),
					"checkpoint", path.checkpoints().get(0).key().toString());
		});
	}

	/** An in-app notice delivered to clerk.wang@demo; returns its inbox id. */
	private String demoNotice(String clerkWangAccount) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		Notice notice = Notice.of("notification.test", Map.of("sender", "HR"), Set.of(Channel.IN_APP),
				Recipient.account(new AccountId(UUID.fromString(clerkWangAccount))));
		TenantScope.call(TenantScope.allRegions(demoTenant),
				() -> new TransactionTemplate(transactions).execute(s -> notifications.send(notice)));
		worker.runOnce();
		JsonNode inbox = json.readTree(api("GET", "/api/v1/me/notifications", basic("clerk.wang@demo"), null).body());
		return inbox.get("content").get(0).get("id").asString();
	}

	/** Collaboration groups (issue 5): a group of cadre.zhang and clerk.wang in demo's programme (no mentors); its id. */
	private String demoGroup(String programmeId, String cadre, String clerk) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		UUID programme = UUID.fromString(programmeId);
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			List<GroupView> saved = groups.list(programme);
			if (saved.isEmpty()) {
				saved = groups.save(programme, List.of(new GroupPlan(new EmployeeId(UUID.fromString(cadre)), null,
						List.of(new GroupPlan.ClerkPlan(new EmployeeId(UUID.fromString(clerk)), null)))));
			}
			return saved.get(0).id().toString();
		});
	}

	/**
	 * Occurrences (issue 5): demo's first occurrence, else one in cn-east of the last JOINT LIVE or OFFLINE course of demo's
	 * programme (a JOINT LIVE course is added when there is none) inviting {@code group}, the day before the programme ends
	 * (as the demo's own sessions plan the later courses ahead); its id.
	 */
	private String demoOccurrence(String programmeId, String group) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		UUID programme = UUID.fromString(programmeId);
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			List<Occurrences.Occurrence> planned = occurrences.list(programme);
			if (!planned.isEmpty()) {
				return planned.get(0).id().toString();
			}
			Programmes.Version version = programmes.get(programme).current();
			List<Courses.Course> sessions = occurrences.sessionCourses(programme);
			Courses.Course course = sessions.isEmpty() ? courses.create(programme,
					version.version(), new Courses.CourseForm("ISOLATION-LIVE", "订单流程协同：直播", null, null, Audience.JOINT,
							Courses.Mode.LIVE, BigDecimal.ONE, null)) : sessions.get(sessions.size() - 1);
			RegionInfo east = directory.regionByCode("cn-east").orElseThrow();
			java.time.Instant start = version.endsOn().minusDays(1).atTime(9, 0).atZone(east.timeZone()).toInstant();
			return occurrences.create(programme, new Occurrences.OccurrenceForm(course.key(), east.id(), start, start.plusSeconds(3600),
					"订单流程协同 培训室", "https://meeting.example.com/demo", null, List.of(UUID.fromString(group)))).id().toString();
		});
	}

	/**
	 * A kept check-in snapshot (attendance) of clerk.wang at demo's occurrence: with snapshots enabled for the moment and
	 * clerk.wang's consent, a face-terminal check-in at its start and the terminal's JPEG; its id.
	 */
	private String demoSnapshot(String occurrence, String employee) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		UUID session = UUID.fromString(occurrence);
		EmployeeId clerk = new EmployeeId(UUID.fromString(employee));
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			settings.set("attendance.snapshots.enabled", null, "true");
			try {
				snapshots.give(clerk, "isolation");
				UUID punch = UUID.randomUUID();
				java.time.Instant at = occurrences.find(session).orElseThrow().startsAt();
				checkIns.checkIn(session, clerk, CheckIns.Method.TERMINAL, at, CheckIns.Evidence.terminal(null, punch), "isolation");
				jdbc.sql("update checkin set punch_id = :p where occurrence_id = :o and employee_id = :e").param("p", punch)
					.param("o", session).param("e", clerk.value()).update();
				return snapshots.offer("00101", punch, at, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 })
					.orElseThrow().toString();
			}
			finally {
				settings.set("attendance.snapshots.enabled", null, null);
			}
		});
	}

	/** Materials (training): demo's first FILE material (made here, a small PDF, when demo has none); its id. */
	private String demoMaterial() {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> materials.list(Materials.MaterialQuery.all()).stream()
			.filter(m -> m.kind() == Materials.Kind.FILE).findFirst()
			.orElseGet(() -> materials.createFile(new Materials.MaterialForm(null, "订单流程协同：资料", null, Audience.JOINT, List.of(), null),
					Upload.of("isolation.pdf", SampleFiles.pdf())))
			.id().toString());
	}

	/**
	 * Face terminals (issue 6): demo's ZKTeco terminal DEMO-ZK-0001 and a punch of an unknown PIN it uploaded (over PUSH, as
	 * the device does), matched to nothing; their ids as {@code device} and {@code punch}.
	 */
	private Map<String, String> demoTerminal() {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		Reply upload = send(apiClient, request("/iclock/cdata?SN=DEMO-ZK-0001&table=ATTLOG&Stamp=1")
			.POST(BodyPublishers.ofString("ISOLATION-PIN\t2026-07-10 09:00:00\t0\t15\r\n")));
		assertThat(upload.body()).as("ATTLOG upload of demo's terminal").isEqualTo("OK:1");
		punchMatcher.runOnce();
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> Map.of(
				"device", jdbc.sql("select id from terminal_device where serial_no = 'DEMO-ZK-0001'").query(UUID.class).single().toString(),
				"punch", jdbc.sql("select id from terminal_punch where pin = 'ISOLATION-PIN' and state = 'UNMATCHED_EMPLOYEE'")
					.query(UUID.class).single().toString()));
	}

	/** Saves (or resets) demo's own wording of {@link #DEMO_TEMPLATE}, whose subject is a marker. */
	private void demoTemplate(boolean save) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		TenantScope.call(TenantScope.allRegions(demoTenant), () -> {
			if (save) {
				templates.save(DEMO_TEMPLATE, DEMO_TEMPLATE_CHANNEL, DEMO_TEMPLATE_LOCALE, "示例制造 {sender}", "Demo Manufacturing robot");
			}
			else {
				templates.reset(DEMO_TEMPLATE, DEMO_TEMPLATE_CHANNEL, DEMO_TEMPLATE_LOCALE);
			}
			return null;
		});
	}

	/** The delivery of demo's inbox entry {@code notice}. */
	private String demoDelivery(String notice) {
		TenantId demoTenant = provisioning.findByCode("demo").orElseThrow().id();
		return TenantScope.call(TenantScope.allRegions(demoTenant), () -> jdbc.sql(
				"select delivery_id from notification_inbox where id = :id").param("id", UUID.fromString(notice)).query(UUID.class)
			.single().toString());
	}

	/**
	 * What hr@demo sees of the attacked region, account, employee (with history), org unit, position and tags, how many
	 * employees and which org units demo has, demo's notification wording, how long demo's audit log is (apart
	 * from the personal-data exports the controls themselves cause), and demo's training content (courses, tasks).
	 */
	record Snapshot(String region, String account, String employee, String assignments, String orgUnit, String position,
			String tags, long employees, String orgUnits, String templates, long auditEntries, String training) {
	}

	private Snapshot snapshot(Demo demo) {
		Reply audit = api("GET", "/api/v1/audit-events?size=1", basic("hr@demo"), null);
		Reply exports = api("GET", "/api/v1/audit-events?size=1&action=PERSONAL_DATA_EXPORTED", basic("hr@demo"), null);
		// hr@demo's control views of a check-in snapshot are audited too (reads, not changes)
		Reply views = api("GET", "/api/v1/audit-events?size=1&action=ATTENDANCE_SNAPSHOT_VIEWED", basic("hr@demo"), null);
		assertThat(audit.status()).as("demo's audit log").isEqualTo(200);
		String employee = "/api/v1/employees/" + demo.ids().get("employee");
		return new Snapshot(api("GET", "/api/v1/regions/" + demo.ids().get("region"), basic("hr@demo"), null).body(),
				// clerk.wang's own sign-ins (the controls of her learner pages) move lastLoginAt; that is not a change to demo
				api("GET", "/api/v1/accounts/" + demo.ids().get("account"), basic("hr@demo"), null).body()
					.replaceAll("\"lastLoginAt\":(null|\"[^\"]*\")", ""),
				api("GET", employee, basic("hr@demo"), null).body(),
				api("GET", employee + "/assignments", basic("hr@demo"), null).body(),
				api("GET", "/api/v1/org-units/" + demo.ids().get("orgUnit"), basic("hr@demo"), null).body(),
				api("GET", "/api/v1/positions/" + demo.ids().get("position"), basic("hr@demo"), null).body(),
				api("GET", "/api/v1/tags", basic("hr@demo"), null).body(),
				json.readTree(api("GET", "/api/v1/employees?size=1", basic("hr@demo"), null).body()).get("totalElements").asLong(),
				api("GET", "/api/v1/org-units", basic("hr@demo"), null).body(),
				api("GET", "/api/v1/notification-templates", basic("hr@demo"), null).body(),
				json.readTree(audit.body()).get("total").asLong() - json.readTree(exports.body()).get("total").asLong()
						- json.readTree(views.body()).get("total").asLong(),
				// training content (issue 5): demo's courses and task templates
				api("GET", path(COURSES, demo), basic("hr@demo"), null).body()
						+ api("GET", path(TASKS, demo), basic("hr@demo"), null).body()
						+ api("GET", path(OCCURRENCES + "/{occurrenceId}/attendance", demo), basic("hr@demo"), null).body()
						+ api("GET", path(OCCURRENCES, demo), basic("hr@demo"), null).body()
						+ api("GET", "/api/v1/materials", basic("hr@demo"), null).body()
						// face terminals (issue 6): demo's device and its punches
						+ api("GET", "/api/v1/devices/" + demo.ids().get("device"), basic("hr@demo"), null).body()
						+ api("GET", "/api/v1/devices/punches?state=all", basic("hr@demo"), null).body());
	}

	/** Every API list (as hr@acme and hr@demo) and platform list (as the operator) that shows the {probe} name. */
	private List<String> probeShown() {
		List<String> shown = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Case c = CASES.get(endpoint);
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (c == null || !endpoint.startsWith("GET /api/") || path.contains("{")) {
				continue;
			}
			List<String> users = switch (c.kind()) {
				case TENANT_LIST -> List.of(ATTACKER, "hr@demo");
				case PLATFORM -> List.of("operator@platform");
				default -> List.of();
			};
			for (String user : users) {
				if (api("GET", path, basic(user), null).body().contains(PROBE)) {
					shown.add(endpoint + " as " + user + " shows " + PROBE + ": a refused write was carried out");
				}
			}
		}
		return shown;
	}

	/** The pattern with each {id} replaced by the demo id of its family (decided by the path prefix). */
	private static String path(String pattern, Demo demo) {
		Matcher m = PATH_VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String family = ID_FAMILIES.get(pattern.substring(0, m.start()));
			if (family == null) {
				throw new AssertionError("no demo id for " + m.group() + " in " + pattern + ": add its prefix to ID_FAMILIES");
			}
			m.appendReplacement(path, demo.ids().get(family));
		}
		return m.appendTail(path).toString();
	}

	private Set<String> endpoints() {
		return handlerMapping.getHandlerMethods().keySet().stream().flatMap(info -> keys(info).stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> keys(RequestMappingInfo info) {
		Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
				: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
		return methods.stream().flatMap(m -> info.getPatternValues().stream().map(p -> m + " " + p))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static boolean declaresRoles(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

	private static Set<String> minus(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static void expect(List<String> failures, boolean condition, String failure) {
		if (!condition) {
			failures.add(failure);
		}
	}

	// ---- HTTP ----

	/** A request as {@code user}: HTTP Basic for {@code /api/**}, else in the user's signed-in browser session. */
	private Reply as(String user, String method, String path, String body) {
		if (path.startsWith("/api/")) {
			return api(method, path, user.equals(ANONYMOUS) ? null : basic(user), body);
		}
		Browser browser = user.equals(ANONYMOUS) ? new Browser()
				: browsers.computeIfAbsent(user, u -> new Browser().signIn(u));
		return browser.send(method, path, body);
	}

	record Reply(int status, String body, String location) {

		boolean ok() {
			return status / 100 == 2;
		}

		boolean isRedirect() {
			return status / 100 == 3;
		}

		boolean redirectsTo(String path) {
			return isRedirect() && location != null && URI.create(location).getPath().startsWith(path);
		}

		@Override
		public String toString() {
			return status + (location == null ? "" : " → " + location);
		}
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** A REST call: JSON body, {@code Authorization} header, no cookies. */
	private Reply api(String method, String path, String authorization, String body) {
		HttpRequest.Builder request = request(path).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(apiClient, request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	private static Reply send(HttpClient client, HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A browser session on the pages: cookies kept, redirects not followed, CSRF token sent with every write. */
	final class Browser {

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
		private boolean signedIn;

		Browser signIn(String username) {
			Reply login = send("POST", "/login", "username=" + encode(username) + "&password=" + PASSWORD);
			assertThat(login.status()).as("form login of " + username).isEqualTo(302);
			assertThat(login.redirectsTo("/login")).as("form login of " + username + " → " + login.location()).isFalse();
			signedIn = true;
			return this;
		}

		/** GET, or a form write with the {@code _csrf} value of a page fetched just before (the login page when signed out). */
		Reply send(String method, String path, String form) {
			HttpRequest.Builder request = request(path).header("Accept", "text/html,*/*;q=0.8");
			if (method.equals("GET")) {
				return EndpointIsolationTest.send(client, request.GET());
			}
			String fields = (form == null ? "" : form + "&") + "_csrf=" + encode(csrf(signedIn ? "/" : "/login"));
			return EndpointIsolationTest.send(client, request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, BodyPublishers.ofString(fields)));
		}

		private String csrf(String page) {
			Reply reply = send("GET", page, null);
			Matcher m = CSRF.matcher(reply.body());
			assertThat(m.find()).as("a _csrf field on " + page + " → " + reply).isTrue();
			return m.group(1) != null ? m.group(1) : m.group(2);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
