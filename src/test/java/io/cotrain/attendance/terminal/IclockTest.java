package io.cotrain.attendance.terminal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** ZKTeco PUSH over HTTP: handshake, ATTLOG in every format, dedupe, stamps, storage failure, commands, limits. */
@CoTrainTest
class IclockTest {

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

	TerminalFixture f;

	@BeforeEach
	void setUp() {
		f = new TerminalFixture(new TestStaff(provisioning, directory, organisation, registry, accounts), terminals, jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private ZkSimulator device(Terminal t) {
		return new ZkSimulator("http://localhost:" + port, t.serialNo(), null);
	}

	@Test
	void handshakeRepliesTheOptionsBlockWithStampsAndTheDeviceZone() {
		Terminal shanghai = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		Terminal kolkata = f.zkteco(TerminalFixture.serial(), f.staff.east, "Asia/Kolkata", null);

		ZkSimulator.Reply reply = device(shanghai).handshake();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/plain");
		assertThat(reply.date()).isNotBlank();
		assertThat(reply.body().split("\n")).containsExactly("GET OPTION FROM: " + shanghai.serialNo(), "ATTLOGStamp=0", "OPERLOGStamp=0",
				"ATTPHOTOStamp=0", "ErrorDelay=30", "Delay=10", "TransTimes=00:00;14:05", "TransInterval=1",
				"TransFlag=TransData AttLog\tOpLog\tEnrollUser\tChgUser", "TimeZone=8", "Realtime=1", "Encrypt=0",
				reply.body().lines().filter(l -> l.startsWith("ServerVer=CoTrain")).findFirst().orElse("ServerVer missing"));
		assertThat(device(kolkata).handshake().body()).contains("\nTimeZone=330\n");
		// with .aspx too
		assertThat(device(shanghai).send("GET", "/iclock/cdata.aspx", "options=all", null).body()).startsWith("GET OPTION FROM: ");
	}

	@Test
	void unregisteredDisabledOrWrongKeyDevicesAreUnknown() {
		Terminal keyed = f.zkteco(TerminalFixture.serial(), f.staff.east, null, "s3cret");
		Terminal plain = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		String base = "http://localhost:" + port;

		assertThat(new ZkSimulator(base, "NOPE-" + UUID.randomUUID(), null).handshake().body()).startsWith("UNKNOWN DEVICE");
		assertThat(new ZkSimulator(base, keyed.serialNo(), null).handshake().body()).startsWith("UNKNOWN DEVICE");
		assertThat(new ZkSimulator(base, keyed.serialNo(), "wrong").handshake().body()).startsWith("UNKNOWN DEVICE");
		assertThat(new ZkSimulator(base, keyed.serialNo(), "s3cret").handshake().body()).startsWith("GET OPTION FROM: " + keyed.serialNo());
		f.staff.in(() -> terminals.setEnabled(plain.id(), false));
		ZkSimulator disabled = device(plain);
		assertThat(disabled.attlog("1", "1\t2026-07-10 09:00:00\t0\t15\r\n").body()).startsWith("UNKNOWN DEVICE");
		assertThat(f.punches(plain.id())).isEmpty();
		assertThat(disabled.getrequest().body()).startsWith("UNKNOWN DEVICE");
	}

	@Test
	void attlogLinesOfEveryLengthAreStoredOnceAndTheStampReturned() {
		clock.set(Instant.parse("2026-07-10T02:00:00Z"));
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		ZkSimulator device = device(t);
		String body = "000123\t2026-07-10 09:00:01\r\n"                                 // 2 fields, leading zeros
				+ "7\t2026-07-10 09:00:02\t0\t15\t0\r\n"                                   // 5 fields (old firmware)
				+ "\r\n"                                                                   // blank
				+ "88\t2026-07-10 09:00:03\t1\t1\t0\t0\t0\n"                               // 7 fields, \n only
				+ "broken-line\n"                                                          // 1 field
				+ "9\tnot a time\t0\t15\n"                                                 // unparsable time
				+ "A9\t2026-07-10 01:00:04\t0\t16\t0\t0\t0\t0\t36.5\t0\t+0\t\r\n"          // 12 fields, timeOffset 0 (UTC)
				+ "0042\t2026-07-10 09:00:05\t255\t15\t0\t0\t0\t1\t36.6\t0\t+28800\tx\r\n"; // 12 fields, timeOffset +8 h

		ZkSimulator.Reply first = device.attlog("1001", body);
		ZkSimulator.Reply again = device.attlog("1001", body);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).isEqualTo("OK:5");
		assertThat(again.body()).as("a re-sent batch is acknowledged").isEqualTo("OK:5");
		assertThat(f.punches(t.id())).containsExactly(
				"000123|2026-07-10 09:00:01|2026-07-10T01:00:01Z|||NEW|",
				"7|2026-07-10 09:00:02|2026-07-10T01:00:02Z|0|15|NEW|",
				"88|2026-07-10 09:00:03|2026-07-10T01:00:03Z|1|1|NEW|",
				"A9|2026-07-10 01:00:04|2026-07-10T01:00:04Z|0|16|NEW|",
				"0042|2026-07-10 09:00:05|2026-07-10T01:00:05Z|255|15|NEW|");
		assertThat(device.handshake().body()).contains("\nATTLOGStamp=1001\n");
	}

	@Test
	void punchesMoreThanADayAheadAreQuarantined() {
		clock.set(Instant.parse("2026-07-10T02:00:00Z"));
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);

		assertThat(device(t).attlog("5", "1\t2026-07-11 09:59:00\t0\t15\n2\t2026-07-11 10:00:01\t0\t15\n").body()).isEqualTo("OK:2");

		assertThat(f.punches(t.id())).containsExactly("1|2026-07-11 09:59:00|2026-07-11T01:59:00Z|0|15|NEW|",
				"2|2026-07-11 10:00:01|2026-07-11T02:00:01Z|0|15|QUARANTINED|attendance.punch.future");
	}

	@Test
	void aFailedStoreIsNotAcknowledgedAndTheResentBatchIsStoredOnce() {
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		ZkSimulator device = device(t);
		String body = "1\t2026-07-10 09:00:00\t0\t15\r\n2\t2026-07-10 09:00:10\t0\t15\r\n";
		assertThat(device.attlog("10", "0\t2026-07-10 08:00:00\t0\t15\n").body()).isEqualTo("OK:1");

		ZkSimulator.Reply failed;
		jdbc.sql("revoke insert on terminal_punch from current_user").update();
		try {
			failed = device.attlog("11", body);
		}
		finally {
			jdbc.sql("grant insert on terminal_punch to current_user").update();
		}
		ZkSimulator.Reply afterRecovery = device.attlog("11", body);
		ZkSimulator.Reply resentAgain = device.attlog("11", body);

		assertThat(failed.status()).isNotEqualTo(200);
		assertThat(failed.body()).doesNotContain("OK");
		assertThat(afterRecovery.body()).isEqualTo("OK:2");
		assertThat(resentAgain.body()).isEqualTo("OK:2");
		assertThat(f.punches(t.id())).extracting(p -> p.substring(0, p.indexOf('|'))).containsExactly("0", "1", "2");
		assertThat(device.handshake().body()).contains("\nATTLOGStamp=11\n");
	}

	@Test
	void otherTablesAndRequestsAreAnsweredOkAndPhotosNeverStored() {
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		ZkSimulator device = device(t);

		assertThat(device.upload("ATTPHOTO", "3", "PIN=1\nSN=x\nsize=4\nCMD=uploadphoto\n\u00ff\u00d8\u00ff\u00e0").body()).isEqualTo("OK");
		assertThat(device.upload("BIODATA", "3", "BIODATA Pin=1\tNo=0\tTmp=AAAA").body()).isEqualTo("OK");
		assertThat(device.upload("OPERLOG", "4", "USER PIN=00101\tName=王芳\tPri=0\nOPLOG 4\t0\t2026-07-10 09:00:00\t1\t0\t0\t0\r\n\r\n")
			.body()).isEqualTo("OK:2");
		assertThat(device.send("GET", "/iclock/ping", null, null).body()).isEqualTo("OK");
		assertThat(device.send("POST", "/iclock/registry.aspx", null, "DeviceType=acc").body()).isEqualTo("OK");
		assertThat(device.send("POST", "/iclock/devicecmd.aspx", null, "ID=999999&Return=0&CMD=INFO").body()).isEqualTo("OK");

		assertThat(f.punches(t.id())).isEmpty();
		assertThat(f.rows("select pin from terminal_device_pin where device_id = :d", t.id())).extracting(r -> r.get("pin"))
			.containsExactly("00101");
		assertThat(device.handshake().body()).contains("\nOPERLOGStamp=4\n").contains("\nATTPHOTOStamp=0\n");
	}

	@Test
	void bodiesOverTwoMegabytesAreRefusedAlsoWhenChunked() throws Exception {
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) '1');
		URI uri = URI.create("http://localhost:" + port + "/iclock/cdata?SN=" + t.serialNo() + "&table=ATTLOG&Stamp=1");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		HttpResponse<String> sized = http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(sized.statusCode()).isEqualTo(413);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(f.punches(t.id())).isEmpty();
	}

	@Test
	void aUsbExportIsImportedWithTheSameDedupeAndItsBrokenLinesNamed() throws Exception {
		clock.set(Instant.parse("2026-07-10T02:00:00Z"));
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		assertThat(device(t).attlog("1", "00101\t2026-07-10 09:00:00\t0\t15\n").body()).isEqualTo("OK:1");
		String file = "  00101\t2026-07-10 09:00:00\t1\t0\t15\t0\r\n"    // already pushed live
				+ "    42\t2026-07-10 09:01:00\t1\t0\t1\t0\r\n"
				+ "\r\n"
				+ "garbage\r\n"
				+ "  0007\t2026-07-10 09:02:00\t1\t1\t15\t0\r\n";

		HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/devices/" + t.id() + "/attlog"))
			.header("Authorization", io.cotrain.tenancy.TestHttp.basic(f.staff.hr(), io.cotrain.tenancy.TestTenants.PASSWORD))
			.header("Content-Type", "multipart/form-data; boundary=XyZ")
			.POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"1_attlog.dat\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n" + file + "\r\n--XyZ--\r\n")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
		assertThat(reply.body()).contains("\"records\":3", "\"stored\":2", "\"duplicates\":1", "\"blank\":1", "\"broken\":[4]");
		assertThat(f.punches(t.id())).containsExactly("00101|2026-07-10 09:00:00|2026-07-10T01:00:00Z|0|15|NEW|",
				"42|2026-07-10 09:01:00|2026-07-10T01:01:00Z|0|1|NEW|", "0007|2026-07-10 09:02:00|2026-07-10T01:02:00Z|1|15|NEW|");
	}

	@Test
	void aDeviceOverItsRateGets503WithRetryAfterUntilTheNextMinute() throws Exception {
		clock.set(Instant.parse("2026-07-10T02:00:30Z"));
		Terminal t = f.zkteco(TerminalFixture.serial(), f.staff.east, null, null);
		ZkSimulator device = device(t);
		for (int i = 0; i < 300; i++) {
			assertThat(device.send("GET", "/iclock/ping", null, null).status()).isEqualTo(200);
		}
		HttpResponse<String> limited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/iclock/ping?SN=" + t.serialNo())).build(), HttpResponse.BodyHandlers.ofString());
		ZkSimulator other = device(f.zkteco(TerminalFixture.serial(), f.staff.east, null, null));

		assertThat(limited.statusCode()).isEqualTo(503);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(other.send("GET", "/iclock/ping", null, null).status()).as("other devices are not limited").isEqualTo(200);
		clock.advance(Duration.ofSeconds(30));
		assertThat(device.send("GET", "/iclock/ping", null, null).body()).isEqualTo("OK");
	}
}
