package io.cotrain.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.cotrain.employee.EmployeeFiles;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.OrgUnitForm;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.spreadsheet.SpreadsheetFormat;
import io.cotrain.spreadsheet.Spreadsheets;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The HR core at the size of issue 3's targets, through the real application ({@link BenchApplication}: a fresh
 * embedded PostgreSQL in a temporary directory, the application on a random port), a tenant of its own
 * ({@code bench}: regions {@code cn-east} and {@code vn-hcm}, a company of departments and teams, the usual positions
 * and tags).
 * <ul>
 * <li>import: a 10,000-row employee workbook written in the module's own columns is uploaded to
 * {@code POST /api/v1/employees/import} and applied with {@code POST /api/v1/employees/import/{token}} as the HR
 * admin (Basic), then the same file again (which must change nothing).</li>
 * <li>list: the tenant is filled to 100,000 employees (rows written by SQL as the service writes them: employee,
 * its first assignment, some tags; then {@code VACUUM ANALYZE} and {@code VACUUM} as autovacuum would shortly after
 * such a load), then
 * the employee list page, its htmx table and the list API are timed with searches and filters.</li>
 * </ul>
 * Prints figures; asserts nothing.
 */
final class HrCoreBenchmark {

	static final int IMPORT_ROWS = 10_000;
	static final int TENANT_EMPLOYEES = 100_000;
	private static final int WARM_UPS = 10;
	private static final int RUNS = 30;
	private static final String PASSWORD = "bench-secret-42";
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳" };
	private static final String[] GIVEN = { "芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "婷", "文博" };
	private static final int DEPARTMENTS = 6;
	private static final int TEAMS_PER_DEPARTMENT = 6;

	private final ConfigurableApplicationContext context;
	private final BenchHttp http;
	private final JsonMapper json;
	private final TenantInfo tenant;
	private final String hr;
	private final Map<String, RegionInfo> regions = new LinkedHashMap<>();
	private final Map<String, List<OrgUnitView>> teams = new HashMap<>();
	private final Map<String, List<OrgUnitView>> departments = new HashMap<>();
	private final Map<RoleType, PositionView> positions = new HashMap<>();
	private final List<TagView> tags = new ArrayList<>();

	private HrCoreBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.http = new BenchHttp(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
		this.json = context.getBean(JsonMapper.class);
		this.tenant = context.getBean(TenantProvisioning.class).provision(new TenantProvisioning.NewTenant("bench", "基准测试制造有限公司",
				"Bench Manufacturing", List.of(new RegionForm("cn-east", "华东·上海", "Asia/Shanghai", "zh-CN", "CN"),
						new RegionForm("vn-hcm", "越南·胡志明市", "Asia/Ho_Chi_Minh", "vi-VN", "VN")), "hr", "HR", PASSWORD)).tenant();
		this.hr = "hr@" + tenant.code();
		in(this::organisation);
	}

	static void run(boolean importing, boolean listing) throws IOException {
		BenchApplication.run(List.of("--cotrain.employee.assignment-sweep=-"), (context, started) -> {
			System.out.printf("%nCoTrain HR-core benchmark: %s; application and embedded PostgreSQL started in %,d ms (data in %s)%s%n",
					BenchApplication.machine(), started.millis(), started.dataDir(), load());
			HrCoreBenchmark bench = new HrCoreBenchmark(context);
			if (importing) {
				bench.importWorkbook();
			}
			if (listing) {
				bench.fill();
				bench.list();
			}
		});
	}

	/** A company, per region {@value #DEPARTMENTS} departments of {@value #TEAMS_PER_DEPARTMENT} teams, six positions, tags. */
	private Void organisation() {
		Organisation organisation = context.getBean(Organisation.class);
		OrgUnitView company = organisation.createOrgUnit(new OrgUnitForm("BENCH", "基准测试制造有限公司", OrgUnitView.Kind.COMPANY, null, null));
		for (RegionInfo region : context.getBean(TenantDirectory.class).regions()) {
			regions.put(region.code(), region);
			String prefix = region.code().toUpperCase(Locale.ROOT);
			for (int d = 1; d <= DEPARTMENTS; d++) {
				OrgUnitView department = organisation.createOrgUnit(new OrgUnitForm(prefix + "-D" + d, region.name() + " 部门" + d,
						OrgUnitView.Kind.DEPARTMENT, company.id(), region.id()));
				departments.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(department);
				for (int t = 1; t <= TEAMS_PER_DEPARTMENT; t++) {
					teams.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(organisation.createOrgUnit(new OrgUnitForm(
							prefix + "-D" + d + "-T" + t, region.name() + " 部门" + d + " 班组" + t, OrgUnitView.Kind.TEAM, department.id(),
							region.id())));
				}
			}
		}
		int grade = 1;
		for (RoleType type : RoleType.values()) {
			String code = type.name();
			positions.put(type, organisation.createPosition(new PositionForm(code, "岗位 " + code, "Position " + code, type, grade++)));
		}
		Tags tagService = context.getBean(Tags.class);
		tags.add(tagService.create(TagType.SCENARIO, "订单流程协同"));
		tags.add(tagService.create(TagType.AVAILABILITY, "晚间可学习"));
		tags.add(tagService.create(TagType.AVAILABILITY, "周五下午可参加"));
		tags.add(tagService.create(TagType.SKILL, "Excel"));
		tags.add(tagService.create(TagType.SKILL, "SAP"));
		tags.add(tagService.create(TagType.MENTOR_SPECIALTY, "新人带教"));
		return null;
	}

	// ---- import -------------------------------------------------------------------------------------------------

	private void importWorkbook() {
		EmployeeFiles files = context.getBean(EmployeeFiles.class);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long start = System.nanoTime();
		context.getBean(Spreadsheets.class).export(files.schema(), workbookRows(new Random(42)), SpreadsheetFormat.XLSX,
				Locale.SIMPLIFIED_CHINESE, out);
		byte[] workbook = out.toByteArray();
		System.out.printf("Employee import: %,d rows x %d columns as xlsx (%,d KB, written in %,d ms), as %s over HTTP%s%n", IMPORT_ROWS,
				files.schema().columns().size(), workbook.length / 1024, millisSince(start), hr, load());
		importOnce("first import (all new)", workbook);
		importOnce("same file again        ", workbook);
	}

	private void importOnce(String label, byte[] workbook) {
		String auth = BenchHttp.basic(hr, PASSWORD);
		long start = System.nanoTime();
		JsonNode preview = json.readTree(http.postFile("/api/v1/employees/import", auth, "employees.xlsx", workbook, 200));
		long previewMillis = millisSince(start);
		if (preview.get("invalidRows").asInt() > 0 || !preview.get("errors").isEmpty()) {
			throw new IllegalStateException("the benchmark workbook has errors: " + preview.get("errors"));
		}
		start = System.nanoTime();
		JsonNode result = json.readTree(http.postJson("/api/v1/employees/import/" + preview.get("token").asString(), auth, "{}", 200));
		long applyMillis = millisSince(start);
		System.out.printf("  %s preview %,6d ms + apply %,6d ms = %,6d ms   (%,d rows; created %,d, updated %,d, unchanged %,d)%n",
				label, previewMillis, applyMillis, previewMillis + applyMillis, preview.get("rows").asInt(), result.get("created").asInt(),
				result.get("updated").asInt(), result.get("unchanged").asInt());
	}

	/**
	 * 1 % managers (department heads), 9 % supervisors (team leads) reporting to a manager of their region, the
	 * rest clerks and reserve cadres reporting to a supervisor and in their team; 70 % in cn-east; phones and
	 * emails for most; PINs as an export writes them.
	 */
	private List<Map<String, Object>> workbookRows(Random random) {
		List<Map<String, Object>> rows = new ArrayList<>(IMPORT_ROWS);
		Map<String, List<Map<String, Object>>> managers = new HashMap<>();
		Map<String, List<Map<String, Object>>> supervisors = new HashMap<>();
		for (int i = 0; i < IMPORT_ROWS; i++) {
			String region = i % 10 < 7 ? "cn-east" : "vn-hcm";
			String number = String.valueOf(100_001 + i);
			Map<String, Object> row = new HashMap<>();
			row.put("employeeNo", number);
			row.put("name", SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
			if (random.nextInt(10) > 0) {
				row.put("phone", region.equals("cn-east") ? "13" + (3 + random.nextInt(7)) + String.format("%08d", random.nextInt(100_000_000))
						: "09" + String.format("%08d", random.nextInt(100_000_000)));
			}
			if (random.nextInt(10) > 1) {
				row.put("email", "e" + number + "@bench.example.com");
			}
			row.put("region", region);
			List<OrgUnitView> regionTeams = teams.get(region);
			RoleType type;
			if (i < IMPORT_ROWS / 100) {
				type = RoleType.MANAGER;
				List<OrgUnitView> regionDepartments = departments.get(region);
				row.put("orgUnit", regionDepartments.get(random.nextInt(regionDepartments.size())).code());
				managers.computeIfAbsent(region, k -> new ArrayList<>()).add(row);
			}
			else if (i < IMPORT_ROWS / 10) {
				type = RoleType.SUPERVISOR;
				row.put("orgUnit", regionTeams.get(random.nextInt(regionTeams.size())).code());
				row.put("manager", pick(managers.get(region), random).get("employeeNo"));
				supervisors.computeIfAbsent(region, k -> new ArrayList<>()).add(row);
			}
			else {
				type = random.nextInt(3) == 0 ? RoleType.CADRE : RoleType.CLERK;
				Map<String, Object> supervisor = pick(supervisors.get(region), random);
				row.put("orgUnit", supervisor.get("orgUnit"));
				row.put("manager", supervisor.get("employeeNo"));
			}
			row.put("position", positions.get(type).code());
			row.put("hireDate", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_000)));
			row.put("terminalPin", number);
			row.put("login", Boolean.FALSE);
			rows.add(row);
		}
		// a file as HR keeps it: sorted by name, so managers are not ahead of their reports
		rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("name")).thenComparing(r -> (String) r.get("employeeNo")));
		return rows;
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

	// ---- list ---------------------------------------------------------------------------------------------------

	/** Fills the tenant to {@value #TENANT_EMPLOYEES} employees with SQL rows as the service writes them. */
	private void fill() {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long start = System.nanoTime();
		int before = in(() -> jdbc.sql("select count(*) from employee").query(Integer.class).single());
		int missing = TENANT_EMPLOYEES - before;
		int supervisors = missing / 50;
		int first = 200_001;
		in(() -> {
			for (RegionInfo region : regions.values()) {
				String regionCode = region.code();
				// supervisors of the SQL rows: team leads without a line manager, in a team of their region
				jdbc.sql(ROWS_WITH_ASSIGNMENTS.formatted("""
						team as (select array_agg(id order by code) ids from org_unit where region_id = :region and kind = 'TEAM'),
						g as (select i, team.ids[1 + i % cardinality(team.ids)] as unit, null::uuid as manager, :position as pos,
						             'ACTIVE' as status
						      from generate_series(:first, :last) i, team where (i % 10 < 7) = :east)""", NAME_SQL, phoneSql(region)))
					.param("region", region.id().value()).param("position", positions.get(RoleType.SUPERVISOR).id().value())
					.param("first", first).param("last", first + supervisors - 1).param("east", regionCode.equals("cn-east")).update();
				// clerks and cadres reporting to a supervisor of their region, in the supervisor's team; 5 % have left
				jdbc.sql(ROWS_WITH_ASSIGNMENTS.formatted("""
						boss as (select array_agg(id order by employee_no) ids, array_agg(org_unit_id order by employee_no) units
						         from employee where region_id = :region and position_id = :supervisor and status = 'ACTIVE'),
						g as (select i, boss.units[k] as unit, boss.ids[k] as manager,
						             case when i % 3 = 0 then :cadre else :clerk end as pos,
						             case when i % 20 = 0 then 'LEFT' else 'ACTIVE' end as status
						      from (select i, 1 + (i::bigint * 7919) % cardinality(boss.ids) as k
						            from generate_series(:first, :last) i, boss where (i % 10 < 7) = :east) n, boss)""", NAME_SQL,
						phoneSql(region)))
					.param("region", region.id().value()).param("supervisor", positions.get(RoleType.SUPERVISOR).id().value())
					.param("cadre", positions.get(RoleType.CADRE).id().value()).param("clerk", positions.get(RoleType.CLERK).id().value())
					.param("first", first + supervisors).param("last", first + missing - 1).param("east", regionCode.equals("cn-east"))
					.update();
			}
			// a fifth of the employees carry one of the tags
			jdbc.sql("""
					insert into employee_tag (tenant_id, employee_id, tag_id)
					select cotrain_tenant(), e.id, t.id from employee e
					join (select id, row_number() over (order by type, name) - 1 as k, count(*) over () as n from tag) t
					  on t.k = (hashtext(e.employee_no) & 2147483647) %% t.n
					where ((hashtext(e.employee_no) & 2147483647) / 7) %% 5 = 0
					on conflict do nothing""".replace("%%", "%")).update();
			return null;
		});
		jdbc.sql("vacuum analyze employee, employee_assignment, employee_tag").update();
		// the first pass leaves part of the visibility map unset right after the load; autovacuum's next pass sets it
		jdbc.sql("vacuum employee, employee_assignment, employee_tag").update();
		int after = in(() -> jdbc.sql("select count(*) from employee").query(Integer.class).single());
		System.out.printf("Tenant filled to %,d employees (%,d by SQL, with assignments and tags, then VACUUM ANALYZE and VACUUM) in %,d ms%n", after,
				after - before, millisSince(start));
	}

	/**
	 * Employees numbered {@code g.i} (from the CTEs given first: unit, manager, pos and status per number) with their
	 * first assignment from the hire date, as {@code EmployeeService.create} writes them; then the name and the
	 * phone expressions.
	 */
	private static final String ROWS_WITH_ASSIGNMENTS = """
			with %s,
			hired as (
			  insert into employee (id, tenant_id, employee_no, name, phone, email, region_id, org_unit_id, position_id, manager_id,
			    hire_date, status, left_on, terminal_pin, created_at, updated_at)
			  select gen_random_uuid(), cotrain_tenant(), i::text, %s, %s, 'e' || i || '@bench.example.com', :region, unit, pos,
			    manager, date '2010-01-01' + (i * 37) %% 5000, status,
			    case when status = 'LEFT' then date '2010-01-01' + (i * 37) %% 5000 + 400 end, i::text, now(), now()
			  from g
			  returning id, tenant_id, hire_date, region_id, org_unit_id, position_id, manager_id, created_at)
			insert into employee_assignment (id, tenant_id, employee_id, effective_from, region_id, org_unit_id, position_id,
			  manager_id, recorded_at, recorded_by)
			select gen_random_uuid(), tenant_id, id, hire_date, region_id, org_unit_id, position_id, manager_id, created_at, 'bench'
			from hired""";

	private static final String NAME_SQL = "(array['" + String.join("','", SURNAMES) + "'])[1 + (i * 31) % " + SURNAMES.length
			+ "] || (array['" + String.join("','", GIVEN) + "'])[1 + (i * 17) % " + GIVEN.length + "]";

	private static String phoneSql(RegionInfo region) {
		return region.phoneCountry().equals("CN") ? "'+86138' || lpad((i % 100000000)::text, 8, '0')"
				: "'+849' || lpad((i % 100000000)::text, 8, '0')";
	}

	private void list() {
		BenchHttp browser = new BenchHttp(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")))
			.signIn(hr, PASSWORD);
		String basic = BenchHttp.basic(hr, PASSWORD);
		JsonNode issued = json.readTree(http.postJson("/api/v1/me/tokens", basic, "{\"name\":\"bench\",\"validDays\":1}", 201));
		String bearer = "Bearer " + issued.get("secret").asString();
		String east = regions.get("cn-east").id().value().toString();
		String department = departments.get("cn-east").get(0).id().value().toString();
		String tag = tags.get(0).id().value().toString();
		Map<String, String> htmx = Map.of("HX-Request", "true");
		Map<String, String> api = Map.of("Authorization", bearer, "Accept", "application/json");
		System.out.printf("Employee list with %,d employees in the tenant: ms per request, %d requests after %d warm-ups (target: <= 300 ms)%s%n",
				TENANT_EMPLOYEES, RUNS, WARM_UPS, load());
		System.out.printf("  %7s %7s %7s  %s%n", "median", "p95", "max", "request");
		time("GET /employees  (page, HR admin session)", () -> browser.get("/employees", Map.of(), 200));
		time("GET /employees?page=1999  (htmx table, last pages)", () -> browser.get("/employees?page=1999", htmx, 200));
		time("GET /employees?q=王  (htmx table, name contains)", () -> browser.get("/employees?q=" + encode("王"), htmx, 200));
		time("GET /employees?q=2345  (htmx table, number starts with)", () -> browser.get("/employees?q=2345", htmx, 200));
		time("GET /employees?regionId=…&roleType=CLERK&status=ACTIVE  (htmx table)",
				() -> browser.get("/employees?regionId=" + east + "&roleType=CLERK&status=ACTIVE", htmx, 200));
		time("GET /employees?orgUnitId=<department>&q=李  (htmx table, subtree)",
				() -> browser.get("/employees?orgUnitId=" + department + "&q=" + encode("李"), htmx, 200));
		time("GET /employees?tagId=…  (htmx table)", () -> browser.get("/employees?tagId=" + tag, htmx, 200));
		time("GET /api/v1/employees  (50 per page, API token)", () -> http.get("/api/v1/employees", api, 200));
		time("GET /api/v1/employees?q=张&status=ACTIVE&size=100  (API token)",
				() -> http.get("/api/v1/employees?q=" + encode("张") + "&status=ACTIVE&size=100", api, 200));
		time("GET /api/v1/employees?regionId=…&tagId=…  (API token)",
				() -> http.get("/api/v1/employees?regionId=" + east + "&tagId=" + tag, api, 200));
		time("GET /api/v1/employees  (Basic: includes a bcrypt check per request)",
				() -> http.get("/api/v1/employees", Map.of("Authorization", basic, "Accept", "application/json"), 200));
	}

	private static void time(String label, Supplier<String> request) {
		for (int i = 0; i < WARM_UPS; i++) {
			request.get();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			request.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("  %7.1f %7.1f %7.1f  %s%n", millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], label);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}

	private static String load() {
		return BenchApplication.load();
	}

	private static long millisSince(long nanos) {
		return BenchApplication.millisSince(nanos);
	}
}
