package io.cotrain.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.privacy.Snapshots;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TestBrowser;
import io.cotrain.tenancy.TestTenants;
import io.cotrain.training.Courses;
import io.cotrain.training.OccurrenceFixture;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.Groups;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PIPL: no snapshot is kept unless the tenant enabled snapshots and the employee consented; a kept one is sealed, opened
 * only by HR (audited, not cached), deleted when it expires or when consent is withdrawn.
 */
@CoTrainTest
class SnapshotsTest {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 2, 3 };

	@Autowired
	Snapshots snapshots;
	@Autowired
	CheckIns checkIns;
	@Autowired
	TenantSettings settings;
	@Autowired
	Occurrences occurrences;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	Groups groups;
	@Autowired
	MutableClock clock;
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
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@LocalServerPort
	int port;

	OccurrenceFixture f;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-06T00:00:00Z"));
		f = new OccurrenceFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), programmes, courses, groups);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void nothingIsKeptWithoutTheTenantsSwitchAndTheEmployeesOwnConsent() {
		Instant at = clock.instant();
		in(() -> snapshots.give(f.c1.id(), "c1"));
		assertThat(in(() -> snapshots.offer("101", UUID.randomUUID(), at, JPEG))).as("snapshots are off by default").isEmpty();
		enable();
		assertThat(in(() -> snapshots.offer("102", UUID.randomUUID(), at, JPEG))).as("c2 did not consent").isEmpty();
		assertThat(in(() -> snapshots.offer("101", UUID.randomUUID(), at, "not an image".getBytes()))).isEmpty();
		assertThat(in(() -> snapshots.offer("999", UUID.randomUUID(), at, JPEG))).as("unknown PIN").isEmpty();
		assertThat(count()).isZero();

		UUID kept = in(() -> snapshots.offer("101", UUID.randomUUID(), at, JPEG)).orElseThrow();
		byte[] stored = in(() -> jdbc.sql("select sealed from checkin_snapshot where id = :id").param("id", kept).query(byte[].class).single());
		assertThat(stored).as("sealed, never the image").isNotEqualTo(JPEG).hasSizeGreaterThan(JPEG.length);
		assertThat(in(() -> snapshots.open(kept)).bytes()).isEqualTo(JPEG);

		// withdrawing deletes at once; retention deletes the rest when due
		in(() -> snapshots.give(f.c2.id(), "c2"));
		in(() -> snapshots.offer("102", UUID.randomUUID(), at, JPEG)).orElseThrow();
		in(() -> snapshots.withdraw(f.c1.id(), "c1"));
		assertThat(count()).isEqualTo(1);
		assertThat(in(() -> snapshots.offer("101", UUID.randomUUID(), at, JPEG))).isEmpty();
		clock.set(at.plus(Duration.ofDays(30)).minusSeconds(1));
		assertThat(in(snapshots::purgeExpired)).isZero();
		clock.set(at.plus(Duration.ofDays(30)));
		assertThat(in(snapshots::purgeExpired)).isEqualTo(1);
		assertThat(count()).isZero();
		assertThat(in(() -> audit.search("employee", "ATTENDANCE_SNAPSHOT_CONSENT_WITHDRAWN", null, 0, 10)).entries()).hasSize(1);
	}

	@Test
	void hrOpensASessionsSnapshotTheLearnerNeitherAndTheLearnerConsentsOnTheirPage() {
		enable();
		Occurrence workshop = in(() -> occurrences.create(f.programme, f.eastWorkshop("2026-07-10T09:00")));
		String c1 = f.staff.login("c1", Set.of(Role.EMPLOYEE), Set.of(), f.c1);
		TestBrowser learner = new TestBrowser(port).signIn(c1, TestTenants.PASSWORD);
		String page = learner.get("/my/check-ins").body();
		assertThat(page).contains("id=\"snapshot-consent\"").contains("不同意不影响签到");
		learner.postForm("/my/check-ins/snapshot-consent", java.util.Map.of(), TestBrowser.csrf(learner.get("/my/check-ins")));
		assertThat(learner.get("/my/check-ins").body()).contains("您已于 2026-07-06 08:00 同意保存签到抓拍照片。");

		UUID punch = UUID.randomUUID();
		in(() -> checkIns.checkIn(workshop.id(), f.c1.id(), CheckIns.Method.TERMINAL, workshop.startsAt(),
				CheckIns.Evidence.terminal(null, punch), "terminal:T1"));
		UUID kept = in(() -> snapshots.offer("101", punch, workshop.startsAt(), JPEG)).orElseThrow();

		TestBrowser hr = new TestBrowser(port).signIn(f.staff.hr(), TestTenants.PASSWORD);
		assertThat(hr.get("/sessions/" + workshop.id()).body()).contains("/sessions/" + workshop.id() + "/snapshots/" + kept);
		HttpResponse<byte[]> image = hr.download("/sessions/" + workshop.id() + "/snapshots/" + kept);
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.body()).isEqualTo(JPEG);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(learner.download("/sessions/" + workshop.id() + "/snapshots/" + kept).statusCode()).isEqualTo(403);
		assertThat(hr.download("/sessions/" + UUID.randomUUID() + "/snapshots/" + kept).statusCode()).isEqualTo(404);
		assertThat(in(() -> audit.search("checkin_snapshot", "ATTENDANCE_SNAPSHOT_VIEWED", null, 0, 10)).entries()).hasSize(1);
	}

	private void enable() {
		in(() -> {
			settings.set("attendance.snapshots.enabled", null, "true");
			return null;
		});
	}

	private int count() {
		return in(() -> jdbc.sql("select count(*) from checkin_snapshot").query(Integer.class).single());
	}

	private <T> T in(Supplier<T> work) {
		return TenantScope.call(TenantScope.allRegions(f.staff.tenant.id()), work);
	}
}
