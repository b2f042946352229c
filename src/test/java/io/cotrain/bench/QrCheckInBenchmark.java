package io.cotrain.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.attendance.RotatingCodes;
import io.cotrain.employee.OrgUnitView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.Organisation.OrgUnitForm;
import io.cotrain.employee.Organisation.PositionForm;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantDirectory.RegionForm;
import io.cotrain.tenancy.TenantInfo;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Programmes;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 6's QR check-in target: {@value #MEMBERS} check-ins by distinct employees over HTTP on loopback
 * ({@code POST /api/v1/sessions/{id}/check-ins}, each employee with a personal API token made before timing starts and a
 * fingerprint of its own, from {@code -Dbench.qr.clients} concurrent clients, default 8), against the machine's
 * PostgreSQL server; then, on the same server, {@code pgbench -n -c4 -T30} with a single-row INSERT as the reference
 * (target: check-in throughput at least 0.3 times its rate).
 * <p>
 * The server: {@code -Dbench.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, trust authentication) as
 * {@code -Dbench.pg.admin} (default {@code postgres}) creates the ordinary role and a fresh database {@code cotrain_bench_qr}
 * (row security needs a role without superuser or BYPASSRLS), where the application runs. The tenant: one region, a
 * published programme with two JOINT OFFLINE courses on both learning paths (a check-in completes the course: partners
 * get their milestone notices, kept in the outbox), {@value #GROUPS} pairs (cadre and clerk: {@value #MEMBERS} employees with
 * logins, written by SQL as the services write them; one bcrypt hash made once for all, it is never checked here) and two
 * sessions of the course whose windows are open: a warm-up one (by default all {@value #MEMBERS} check in, so that the
 * timed run meets compiled code as a long-running server does; {@code -Dbench.qr.warm-ups}) and the timed one. The same
 * clients then time two requests that do almost nothing (the liveness probe, and {@code GET /api/v1/me} with the tokens):
 * the ceiling of this machine for any request, printed against the same reference.
 */
final class QrCheckInBenchmark {

	static final int MEMBERS = 10_000;
	static final int GROUPS = MEMBERS / 2;
	static final int WARM_UPS = Integer.getInteger("bench.qr.warm-ups", MEMBERS);
	private static final String DATABASE = "cotrain_bench_qr";
	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private final ConfigurableApplicationContext context;
	private final JdbcClient jdbc;
	private final TenantInfo tenant;
	private final int port;

	private QrCheckInBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		this.tenant = context.getBean(TenantProvisioning.class).provision(new TenantProvisioning.NewTenant("bench", "基准测试制造有限公司",
				"Bench Manufacturing", List.of(new RegionForm("cn-east", "华东·上海", "Asia/Shanghai", "zh-CN", "CN")), "hr", "HR",
				"bench-secret-42")).tenant();
	}

	static void run() throws IOException {
		String adminUrl = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
		String admin = System.getProperty("bench.pg.admin", "postgres");
		URI server = URI.create(adminUrl.substring("jdbc:".length()));
		freshDatabase(adminUrl, admin);
		String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + DATABASE;
		// the notices of the enrolments and completions stay in the outbox: sending them is not what is measured
		BenchApplication.run(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + DATABASE,
				"--spring.datasource.password=" + DATABASE, "--cotrain.notification.worker.enabled=false"), (context, started) -> {
					System.out.printf("%nCoTrain QR check-in benchmark: %s; application started in %,d ms on PostgreSQL %s (%s)%s%n",
							BenchApplication.machine(), started.millis(), server.getHost() + ":" + server.getPort(), DATABASE,
							BenchApplication.load());
					QrCheckInBenchmark bench = new QrCheckInBenchmark(context);
					Sessions sessions = bench.in(bench::prepare);
					int clients = Integer.getInteger("bench.qr.clients", 8);
					bench.checkIns("warm-up", sessions.warmUp(), sessions.tokens().subList(0, WARM_UPS), clients);
					// what autovacuum does on a production server once a table has grown (this machine's server runs without it):
					// without statistics that know check-ins and completions exist, the planner scans whole tables for each one
					bench.in(() -> bench.jdbc.sql("analyze").update());
					double rate = bench.checkIns("timed  ", sessions.timed(), sessions.tokens(), clients);
					// what the same clients get from the same server for requests that do (almost) nothing: the ceiling
					double noop = bench.gets("ceiling: GET /actuator/health/liveness (no login, no database)", "/actuator/health/liveness",
							sessions.tokens().size(), null, clients);
					double me = bench.gets("ceiling: GET /api/v1/me (API token, one account read)", "/api/v1/me", sessions.tokens().size(),
							sessions.tokens(), clients);
					double reference = pgbench(server, started.dataDir());
					System.out.printf("ratio: %.2f x the single-row INSERT rate (target >= 0.3); for comparison, no-op requests %.2f x,"
							+ " authenticated reads %.2f x%n", rate / reference, noop / reference, me / reference);
				});
	}

	private record Sessions(UUID warmUp, UUID timed, List<String> tokens) {
	}

	/** Organisation, employees, pairs, logins with tokens, and the two sessions; the tokens in employee order. */
	private Sessions prepare() {
		long start = System.nanoTime();
		Organisation organisation = context.getBean(Organisation.class);
		RegionInfo region = context.getBean(TenantDirectory.class).regionByCode("cn-east").orElseThrow();
		OrgUnitView company = organisation.createOrgUnit(new OrgUnitForm("BENCH", "基准测试制造有限公司", OrgUnitView.Kind.COMPANY, null, null));
		OrgUnitView team = organisation.createOrgUnit(new OrgUnitForm("EAST-1", "华东 班组1", OrgUnitView.Kind.TEAM, company.id(), region.id()));
		UUID clerk = organisation.createPosition(new PositionForm("CLERK", "文员", "Clerk", RoleType.CLERK, 1)).id().value();
		UUID cadre = organisation.createPosition(new PositionForm("CADRE", "储干", "Cadre", RoleType.CADRE, 2)).id().value();
		Instant now = context.getBean(Clock.class).instant();
		LocalDate today = region.today(context.getBean(Clock.class));
		UUID programme = context.getBean(Programmes.class).create(new Programmes.ProgrammeForm("QR", "扫码签到基准", null, null, "协同目标",
				today.minusDays(1), today.plusDays(60), Set.of(region.id()), null)).id();
		// two courses, one per session, so that the timed check-ins complete a course as the warm-up ones do
		Courses courses = context.getBean(Courses.class);
		UUID warmUpCourse = courses.create(programme, 1, new Courses.CourseForm("WARM-UP", "协同热身", null, null, Audience.JOINT,
				Courses.Mode.OFFLINE, BigDecimal.ONE, null)).key();
		UUID course = courses.create(programme, 1, new Courses.CourseForm("WORKSHOP", "协同工作坊", null, null, Audience.JOINT,
				Courses.Mode.OFFLINE, BigDecimal.ONE, null)).key();
		LearningPaths paths = context.getBean(LearningPaths.class);
		for (LearningPaths.Role role : LearningPaths.Role.values()) {
			for (UUID key : List.of(warmUpCourse, course)) {
				paths.addItem(programme, 1, role, new LearningPaths.ItemForm(LearningPaths.ItemKind.COURSE, key, null, null, null));
			}
		}
		// employees 1..MEMBERS: odd numbers cadres, even numbers clerks; pair k = employees 2k-1 and 2k
		jdbc.sql("""
				with hired as (
				  insert into employee (id, tenant_id, employee_no, name, region_id, org_unit_id, position_id, hire_date, status, terminal_pin,
				    created_at, updated_at)
				  select gen_random_uuid(), cotrain_tenant(), lpad(i::text, 5, '0'), '员工' || i, :region, :team,
				    case when i % 2 = 1 then :cadre else :clerk end, date '2024-01-15', 'ACTIVE', lpad(i::text, 5, '0'), now(), now()
				  from generate_series(1, :n) i
				  returning id, tenant_id, hire_date, region_id, org_unit_id, position_id, created_at)
				insert into employee_assignment (id, tenant_id, employee_id, effective_from, region_id, org_unit_id, position_id, recorded_at,
				  recorded_by)
				select gen_random_uuid(), tenant_id, id, hire_date, region_id, org_unit_id, position_id, created_at, 'bench' from hired""")
			.param("region", region.id().value()).param("team", team.id().value()).param("cadre", cadre).param("clerk", clerk)
			.param("n", MEMBERS).update();
		jdbc.sql("""
				insert into collaboration_group (id, programme_id, number, cadre_employee_id, score, created_at, created_by)
				select gen_random_uuid(), :programme, employee_no::int / 2 + 1, id, 0, now(), 'bench' from employee where employee_no::int % 2 = 1""")
			.param("programme", programme).update();
		jdbc.sql("""
				insert into collaboration_group_member (group_id, programme_id, clerk_employee_id, score)
				select g.id, :programme, e.id, 0 from employee e join collaboration_group g on g.number = e.employee_no::int / 2
				where e.employee_no::int % 2 = 0""").param("programme", programme).update();
		// published, as real sessions are: a first check-in completes the course, the partners hear of it (milestones)
		context.getBean(Programmes.class).publish(programme);
		String hash = context.getBean(PasswordEncoder.class).encode("bench-secret-42");
		jdbc.sql("""
				insert into account (id, tenant_id, username, display_name, password_hash, roles, employee_id, locale, created_at)
				select gen_random_uuid(), cotrain_tenant(), 'e' || employee_no, name, :hash, array['EMPLOYEE'], id, 'zh-CN', now()
				from employee""").param("hash", hash).update();
		List<String> tokens = tokens(now);
		jdbc.sql("analyze").update();
		List<UUID> groups = jdbc.sql("select id from collaboration_group order by number").query(UUID.class).list();
		Occurrences occurrences = context.getBean(Occurrences.class);
		Instant startsAt = now.plusSeconds(300);
		UUID warmUp = occurrences.create(programme, new Occurrences.OccurrenceForm(warmUpCourse, region.id(), startsAt, startsAt.plusSeconds(3600),
				"热身教室", null, null, groups)).id();
		UUID timed = occurrences.create(programme, new Occurrences.OccurrenceForm(course, region.id(), startsAt, startsAt.plusSeconds(3600),
				"上海总部 3F 培训室", null, null, groups)).id();
		System.out.printf("Tenant prepared in %,d ms: %,d employees in %,d pairs with logins and API tokens; two sessions of %,d members%n",
				BenchApplication.millisSince(start), MEMBERS, GROUPS, MEMBERS);
		return new Sessions(warmUp, timed, tokens);
	}

	/** A personal API token per account (as {@code ApiTokens.issue} stores them: the SHA-256 of the secret), in employee order. */
	private List<String> tokens(Instant now) {
		List<UUID> accounts = jdbc.sql("select id from account where employee_id is not null order by username").query(UUID.class).list();
		SecureRandom random = new SecureRandom();
		List<String> tokens = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (UUID account : accounts) {
			byte[] secret = new byte[20];
			random.nextBytes(secret);
			String raw = "ctp_" + tenant.code() + "_" + HexFormat.of().formatHex(secret);
			tokens.add(raw);
			rows.add(new Object[] { UUID.randomUUID(), tenant.id().value(), account, sha256(raw), raw.substring(0, raw.length() - 36),
					Timestamp.from(now), Timestamp.from(now.plusSeconds(86_400)) });
		}
		context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).batchUpdate("""
				insert into api_token (id, tenant_id, account_id, name, token_hash, token_prefix, created_at, expires_at)
				values (?, ?, ?, 'bench', ?, ?, ?, ?)""", rows);
		return tokens;
	}

	/** Every token checks its employee in once, from {@code clients} concurrent clients; prints and returns check-ins/s. */
	private double checkIns(String label, UUID session, List<String> tokens, int clients) {
		RotatingCodes codes = context.getBean(RotatingCodes.class);
		Clock clock = context.getBean(Clock.class);
		int step = in(() -> context.getBean(TenantSettings.class).get(AttendanceSettings.QR_STEP_SECONDS));
		String path = "http://127.0.0.1:" + port + "/api/v1/sessions/" + session + "/check-ins";
		long[] nanos = new long[tokens.size()];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		BenchApplication.Timed timed = BenchApplication.concurrently(clients, () -> {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			int done = 0;
			for (int i = next.getAndIncrement(); i < tokens.size(); i = next.getAndIncrement()) {
				// what the screen shows now; each phone its own browser
				String body = "{\"code\":\"%s\",\"fingerprint\":\"bench-phone-%05d.1a2b3c4d\"}".formatted(codes.current(session, step,
						clock.instant()).value(), i);
				long start = System.nanoTime();
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + tokens.get(i))
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				nanos[i] = System.nanoTime() - start;
				if (response.statusCode() != 201) {
					refused.incrementAndGet();
					if (refused.get() <= 3) {
						System.out.println("  refused: " + response.statusCode() + " " + response.body());
					}
				}
				done++;
			}
			return done;
		});
		long rows = in(() -> jdbc.sql("select count(*) from checkin where occurrence_id = :o").param("o", session).query(Long.class).single());
		Arrays.sort(nanos);
		double rate = timed.total() * 1000.0 / timed.millis();
		System.out.printf("%s %,6d QR check-ins, %d clients: %,7d ms = %,7.0f check-ins/s; latency p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms;"
				+ " not 201: %d; rows in checkin for the session: %,d; load average %.1f%n", label, timed.total(), clients, timed.millis(), rate,
				nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6, refused.get(), rows, load);
		return rate;
	}

	/**
	 * {@code requests} GETs of {@code path} from {@code clients} concurrent clients, each with the i-th token of
	 * {@code tokens} (null: none); prints and returns requests/s. Every answer must be 200.
	 */
	private double gets(String label, String path, int requests, List<String> tokens, int clients) {
		URI uri = URI.create("http://127.0.0.1:" + port + path);
		AtomicInteger next = new AtomicInteger();
		long[] nanos = new long[requests];
		BenchApplication.Timed timed = BenchApplication.concurrently(clients, () -> {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			int done = 0;
			for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
				HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
				if (tokens != null) {
					request.header("Authorization", "Bearer " + tokens.get(i));
				}
				long start = System.nanoTime();
				HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				nanos[i] = System.nanoTime() - start;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
				}
				done++;
			}
			return done;
		});
		Arrays.sort(nanos);
		double rate = timed.total() * 1000.0 / timed.millis();
		System.out.printf("%s: %,d requests, %d clients: %,.0f requests/s; latency p50 %.1f ms, p99 %.1f ms%s%n", label, timed.total(), clients,
				rate, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, BenchApplication.load());
		return rate;
	}

	/** {@code pgbench -n -c4 -T30} with one single-row INSERT per transaction, on the same server and database; its tps. */
	private static double pgbench(URI server, Path dir) throws IOException {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + DATABASE,
				DATABASE, DATABASE); Statement s = c.createStatement()) {
			s.execute("create table if not exists pgbench_reference (id bigserial primary key, at timestamptz not null, note text)");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		Path script = Files.writeString(dir.resolve("insert.sql"), "insert into pgbench_reference (at, note) values (now(), 'reference');\n");
		ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-c4", "-T30", "-f", script.toString(), "-h", server.getHost(), "-p",
				String.valueOf(server.getPort()), "-U", DATABASE, DATABASE).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", DATABASE);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		Matcher tps = TPS.matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench said: " + output);
		}
		double rate = Double.parseDouble(tps.group(1));
		System.out.printf("reference: pgbench -n -c4 -T30, single-row INSERT, same server: %,.0f tps%s%n", rate, BenchApplication.load());
		return rate;
	}

	/** The ordinary role and a fresh database for the application, made by the server's administrator. */
	private static void freshDatabase(String adminUrl, String admin) {
		try (Connection c = DriverManager.getConnection(adminUrl, admin, ""); Statement s = c.createStatement()) {
			s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DATABASE + "') then create role " + DATABASE
					+ " login; end if; end $$");
			s.execute("alter role " + DATABASE + " with login password '" + DATABASE + "' nosuperuser nobypassrls nocreatedb nocreaterole");
			s.execute("drop database if exists " + DATABASE + " with (force)");
			s.execute("create database " + DATABASE + " owner " + DATABASE);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot prepare " + DATABASE + " on " + adminUrl + " as " + admin, e);
		}
	}

	private static String sha256(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(tenant.id()), work);
	}
}
