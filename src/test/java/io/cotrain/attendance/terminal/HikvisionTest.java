package io.cotrain.attendance.terminal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.attendance.privacy.Snapshots;
import io.cotrain.employee.EmployeeView;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hikvision ISAPI receiver: multipart and bare JSON, person events, failures, door events, heartbeats, dedupe. */
@CoTrainTest
class HikvisionTest {

	private static final String BOUNDARY = "MIME_boundary";

	@LocalServerPort
	int port;
	@Autowired
	Terminals terminals;
	@Autowired
	JdbcClient jdbc;
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
	TenantSettings settings;
	@Autowired
	Snapshots snapshots;

	TerminalFixture f;
	Terminal device;
	String token;
	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-10T02:00:00Z"));
		f = new TerminalFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), terminals, jdbc);
		token = "tok-" + TerminalFixture.serial().toLowerCase(java.util.Locale.ROOT);
		device = f.hikvision(TerminalFixture.serial(), token);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String event(int major, int sub, String employee, long serial) {
		return """
				{"ipAddress":"192.168.1.64","macAddress":"a4:14:37:00:00:01","dateTime":"2026-07-10T09:00:%02d+08:00","activePostCount":1,
				 "eventType":"AccessControllerEvent","eventState":"active","eventDescription":"Access Controller Event",
				 "AccessControllerEvent":{"deviceName":"Access Controller","majorEventType":%d,"subEventType":%d,"name":"王芳",
				 "employeeNoString":"%s","serialNo":%d,"frontSerialNo":%d,"currentEvent":true,"currentVerifyMode":"cardOrFace",
				 "attendanceStatus":"checkIn","mask":"no"}}""".formatted(serial % 60, major, sub, employee, serial, serial - 1);
	}

	private HttpResponse<String> json(String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DeviceGate.HIKVISION_PATH + token))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> multipart(String part, String json, byte[] picture) throws Exception {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
		if (picture != null) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"Picture\"; filename=\"Picture.jpg\"\r\n"
					+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(picture);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DeviceGate.HIKVISION_PATH + token))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aVerifiedFaceEventIsStoredOnceBySerialNo() throws Exception {
		HttpResponse<String> first = json(token, event(5, 75, "00101", 101));
		HttpResponse<String> again = json(token, event(5, 75, "00101", 101));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"stored\":1");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"stored\":0");
		assertThat(f.punches(device.id())).containsExactly("00101|2026-07-10T09:00:41+08:00|2026-07-10T01:00:41Z|checkIn|cardOrFace:75|NEW|");
	}

	@Test
	void multipartEventsAreReadAndThePictureIsNeverKept() throws Exception {
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 'J', 'F', 'I', 'F', 0, (byte) 0xff, (byte) 0xd9 };

		assertThat(multipart("AccessControllerEvent", event(5, 77, "00201", 7), jpeg).statusCode()).isEqualTo(200);
		assertThat(multipart("event_log", event(5, 1, "00301", 8), null).statusCode()).isEqualTo(200);

		assertThat(f.punches(device.id())).containsExactly("00201|2026-07-10T09:00:07+08:00|2026-07-10T01:00:07Z|checkIn|cardOrFace:77|NEW|",
				"00301|2026-07-10T09:00:08+08:00|2026-07-10T01:00:08Z|checkIn|cardOrFace:1|NEW|");
		List<Map<String, Object>> raw = f.rows("select raw from terminal_punch where device_id = :d", device.id());
		assertThat(raw).allSatisfy(r -> assertThat((String) r.get("raw")).startsWith("{").doesNotContain("JFIF"));
		assertThat(f.staff.in(() -> jdbc.sql("select count(*) from checkin_snapshot").query(Integer.class).single())).isZero();
	}

	@Test
	void aPictureIsKeptSealedOnlyWhenTheTenantEnabledSnapshotsAndThePersonConsented() throws Exception {
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 'J', 'F', 'I', 'F', 0, (byte) 0xff, (byte) 0xd9 };
		EmployeeView consenting = f.staff.hire("5501", "抓拍同意", f.staff.east, f.staff.clerk);
		EmployeeView other = f.staff.hire("5502", "抓拍未同意", f.staff.east, f.staff.clerk);
		f.staff.in(() -> {
			settings.set("attendance.snapshots.enabled", null, "true");
			return snapshots.give(consenting.id(), "test");
		});

		assertThat(multipart("AccessControllerEvent", event(5, 75, "5501", 31), jpeg).statusCode()).isEqualTo(200);
		assertThat(multipart("AccessControllerEvent", event(5, 75, "5502", 32), jpeg).statusCode()).isEqualTo(200);
		assertThat(multipart("AccessControllerEvent", event(5, 76, "5501", 33), jpeg).statusCode()).as("a failed face").isEqualTo(200);

		List<Map<String, Object>> kept = f.staff.in(() -> jdbc.sql("select id, employee_id, sealed from checkin_snapshot").query().listOfRows());
		assertThat(kept).singleElement().satisfies(row -> {
			assertThat(row.get("employee_id")).isEqualTo(consenting.id().value());
			assertThat((byte[]) row.get("sealed")).isNotEqualTo(jpeg);
			assertThat(f.staff.in(() -> snapshots.open((java.util.UUID) row.get("id"))).bytes()).isEqualTo(jpeg);
		});
		assertThat(other.id()).isNotEqualTo(consenting.id());
	}

	@Test
	void faceFailuresAreKeptAsRejectedAttemptsAndOtherEventsIgnored() throws Exception {
		HttpResponse<String> failure = json(token, event(5, 76, "", 20));
		HttpResponse<String> door = json(token, event(5, 21, "", 21));
		HttpResponse<String> heartbeat = json(token, """
				{"ipAddress":"192.168.1.64","dateTime":"2026-07-10T09:00:00+08:00","activePostCount":1,"eventType":"heartBeat",
				 "eventState":"active","eventDescription":"heartBeat"}""");
		HttpResponse<String> noEmployee = json(token, event(5, 75, "", 22));
		HttpResponse<String> garbage = json(token, "not json");

		assertThat(List.of(failure, door, heartbeat, noEmployee, garbage)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
		assertThat(f.punches(device.id())).containsExactly(
				"|2026-07-10T09:00:20+08:00|2026-07-10T01:00:20Z|checkIn|cardOrFace:76|REJECTED|attendance.punch.verifyFailed");
	}

	@Test
	void anUnknownTokenIsRefusedAndStoresNothing() throws Exception {
		HttpResponse<String> unknown = json("no-such-token", event(5, 75, "00101", 1));

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(f.punches(device.id())).isEmpty();
	}
}
