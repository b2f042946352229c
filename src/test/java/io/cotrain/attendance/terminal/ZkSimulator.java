package io.cotrain.attendance.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ZKTeco terminal speaking PUSH over HTTP against a running CoTrain — a test and demo tool, never part of the product:
 * handshake, {@code getrequest} (with {@code devicecmd} confirmations of the commands it gets), ATTLOG uploads.
 * <p>
 * From the command line (README): {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.cotrain.attendance.terminal.ZkSimulator -Dexec.args="--url http://localhost:8080 --sn DEMO-ZK-0001
 * --pin 00101"}.
 */
public final class ZkSimulator {

	/** A reply: HTTP status, body and the headers the device reads. */
	public record Reply(int status, String body, String contentType, String date) {
	}

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	private static final Pattern COMMAND = Pattern.compile("^C:(\\d+):(\\S+)", Pattern.MULTILINE);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	private final String base;
	private final String serial;
	private final String commKey;

	public ZkSimulator(String base, String serial, String commKey) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.serial = serial;
		this.commKey = commKey;
	}

	public Reply handshake() {
		return send("GET", "/iclock/cdata", "options=all&pushver=2.4.1&language=83", null);
	}

	public Reply attlog(String stamp, String body) {
		return send("POST", "/iclock/cdata", "table=ATTLOG&Stamp=" + stamp, body);
	}

	public Reply upload(String table, String stamp, String body) {
		return send("POST", "/iclock/cdata", "table=" + table + "&Stamp=" + stamp, body);
	}

	public Reply getrequest() {
		return send("GET", "/iclock/getrequest", "INFO=Ver%208.0.4,1,0,12,192.168.1.201,10,7,12,15,111", null);
	}

	public Reply devicecmd(String body) {
		return send("POST", "/iclock/devicecmd", null, body);
	}

	/** Polls once and confirms every command received ({@code Return=0}); returns the commands. */
	public List<String> pollAndConfirm() {
		Reply reply = getrequest();
		List<String> commands = new ArrayList<>();
		StringBuilder results = new StringBuilder();
		Matcher m = COMMAND.matcher(reply.body());
		while (m.find()) {
			commands.add(reply.body().substring(m.start(), reply.body().indexOf('\n', m.start()) < 0 ? reply.body().length()
					: reply.body().indexOf('\n', m.start())));
			results.append("ID=").append(m.group(1)).append("&Return=0&CMD=").append(m.group(2)).append('\n');
		}
		if (!commands.isEmpty()) {
			devicecmd(results.toString());
		}
		return commands;
	}

	/** One ATTLOG line as new firmware sends it (12 fields): face verified (15), check-in (0). */
	public static String line(String pin, LocalDateTime at) {
		return pin + "\t" + TIME.format(at) + "\t0\t15\t0\t0\t0\t0\t0\t0\t\t";
	}

	public Reply send(String method, String path, String query, String body) {
		String q = "SN=" + URLEncoder.encode(serial, StandardCharsets.UTF_8) + (commKey == null ? "" : "&pushcommkey=" + commKey)
				+ (query == null ? "" : "&" + query);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + "?" + q)).timeout(Duration.ofSeconds(60))
			.header("User-Agent", "iClock Proxy/1.09");
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		try {
			HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
					r.headers().firstValue("Date").orElse(null));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * {@code --url http://localhost:8080 --sn DEMO-ZK-0001 [--key pushcommkey] [--pin 00101 ...] [--zone Asia/Shanghai]}:
	 * handshake, poll and confirm the queued commands, upload one punch per PIN at the current time of the zone.
	 */
	public static void main(String[] args) {
		String url = "http://localhost:8080";
		String sn = "DEMO-ZK-0001";
		String key = null;
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		List<String> pins = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--url" -> url = args[i + 1];
				case "--sn" -> sn = args[i + 1];
				case "--key" -> key = args[i + 1];
				case "--zone" -> zone = ZoneId.of(args[i + 1]);
				case "--pin" -> pins.add(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		ZkSimulator device = new ZkSimulator(url, sn, key);
		Reply hello = device.handshake();
		System.out.println("handshake " + hello.status() + " (" + hello.contentType() + ", Date " + hello.date() + "):\n" + hello.body());
		List<String> commands = device.pollAndConfirm();
		System.out.println("getrequest: " + commands.size() + " commands received and confirmed" + (commands.isEmpty() ? "" : ", e.g. " + commands.get(0)));
		if (!pins.isEmpty()) {
			LocalDateTime now = LocalDateTime.now(zone).withNano(0);
			StringBuilder body = new StringBuilder();
			pins.forEach(pin -> body.append(line(pin, now)).append("\r\n"));
			Reply upload = device.attlog(Long.toString(System.currentTimeMillis() / 1000), body.toString());
			System.out.println("ATTLOG " + pins + " at " + TIME.format(now) + " -> " + upload.status() + " " + upload.body());
		}
	}
}
