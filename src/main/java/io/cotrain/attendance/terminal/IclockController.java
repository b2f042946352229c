package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cotrain.attendance.terminal.PunchStore.Punch;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ZKTeco PUSH ("ADMS", iclock) on the application port (TERMINALS.md §1), with and without {@code .aspx}. The device is
 * the client and is known only by {@code SN} (and its pushcommkey, when registered with one); an unregistered or disabled
 * device gets {@code UNKNOWN DEVICE}. Every reply is {@code text/plain} with a {@code Date} header (the device sets its
 * clock from it). An upload is acknowledged {@code OK:<n>} only after its punches are committed; a storage failure gets
 * 503, so the device keeps the records and sends them again. Unauthenticated by design ({@link DeviceSecurity}).
 */
@RestController
@PreAuthorize(DeviceAccess.DEVICE)
class IclockController {

	private static final Logger log = LoggerFactory.getLogger(IclockController.class);
	static final String UNKNOWN = "UNKNOWN DEVICE";

	private final DeviceGateway gateway;
	private final PunchStore punches;
	private final CommandQueue commands;
	private final PunchMatcher matcher;
	private final Clock clock;
	private final String version;

	IclockController(DeviceGateway gateway, PunchStore punches, CommandQueue commands, PunchMatcher matcher, Clock clock,
			@Value("${info.app.version:}") String version) {
		this.gateway = gateway;
		this.punches = punches;
		this.commands = commands;
		this.matcher = matcher;
		this.clock = clock;
		this.version = version.isBlank() || version.startsWith("@") ? "CoTrain" : "CoTrain " + version;
	}

	/** The handshake: the options block, first line fixed, with this device's stamps and zone. */
	@GetMapping({ "/iclock/cdata", "/iclock/cdata.aspx" })
	ResponseEntity<String> handshake(@RequestParam(name = "SN", required = false) String sn,
			@RequestParam(name = "pushcommkey", required = false) String key, HttpServletRequest request) {
		return reply(gateway.zkteco(sn, key, request.getRemoteAddr(), device -> String.join("\n",
				"GET OPTION FROM: " + device.serialNo(),
				"ATTLOGStamp=" + punches.stampOf(device, "ATTLOG"),
				"OPERLOGStamp=" + punches.stampOf(device, "OPERLOG"),
				"ATTPHOTOStamp=" + punches.stampOf(device, "ATTPHOTO"),
				"ErrorDelay=30", "Delay=10", "TransTimes=00:00;14:05", "TransInterval=1",
				"TransFlag=TransData AttLog\tOpLog\tEnrollUser\tChgUser",
				"TimeZone=" + timeZone(device), "Realtime=1", "Encrypt=0", "ServerVer=" + version) + "\n"));
	}

	/** Uploads: ATTLOG and OPERLOG stored (OK:n), everything else (ATTPHOTO, BIODATA, options…) answered OK and discarded. */
	@PostMapping({ "/iclock/cdata", "/iclock/cdata.aspx" })
	ResponseEntity<String> upload(@RequestParam(name = "SN", required = false) String sn,
			@RequestParam(name = "pushcommkey", required = false) String key, @RequestParam(required = false) String table,
			@RequestParam(name = "Stamp", required = false) String stamp, HttpServletRequest request) {
		String kind = table == null ? "" : table.toUpperCase(java.util.Locale.ROOT);
		try {
			ResponseEntity<String> reply = reply(gateway.zkteco(sn, key, request.getRemoteAddr(), device -> switch (kind) {
				case "ATTLOG" -> attlog(device, body(request), stamp);
				case "OPERLOG" -> operlog(device, body(request), stamp);
				default -> "OK";
			}));
			if (kind.equals("ATTLOG") && reply.getBody() != null && reply.getBody().startsWith("OK:")) {
				matcher.wake();
			}
			return reply;
		}
		catch (DataAccessException e) {
			log.warn("Storing a {} upload of terminal {} failed; not acknowledged, the device sends it again", kind, printable(sn), e);
			return text(HttpStatus.SERVICE_UNAVAILABLE, "ERROR: not stored, send again");
		}
	}

	@GetMapping({ "/iclock/getrequest", "/iclock/getrequest.aspx" })
	ResponseEntity<String> getrequest(@RequestParam(name = "SN", required = false) String sn,
			@RequestParam(name = "pushcommkey", required = false) String key, HttpServletRequest request) {
		return reply(gateway.zkteco(sn, key, request.getRemoteAddr(), device -> {
			commands.keepRosterCurrent(device);
			return commands.next(device.id());
		}));
	}

	@PostMapping({ "/iclock/devicecmd", "/iclock/devicecmd.aspx" })
	ResponseEntity<String> devicecmd(@RequestParam(name = "SN", required = false) String sn,
			@RequestParam(name = "pushcommkey", required = false) String key, HttpServletRequest request) {
		return reply(gateway.zkteco(sn, key, request.getRemoteAddr(), device -> {
			commands.confirm(device.id(), body(request));
			return "OK";
		}));
	}

	/** {@code ping}, {@code fdata}, {@code registry} and anything else under /iclock/: OK for a known device. */
	@RequestMapping("/iclock/**")
	ResponseEntity<String> other(@RequestParam(name = "SN", required = false) String sn,
			@RequestParam(name = "pushcommkey", required = false) String key, HttpServletRequest request) {
		return reply(gateway.zkteco(sn, key, request.getRemoteAddr(), device -> "OK"));
	}

	private String attlog(Device device, String body, String stamp) {
		Attlog parsed = Attlog.parse(body, Attlog.Format.PUSH);
		List<Punch> batch = new ArrayList<>(parsed.lines().size());
		for (Attlog.Line line : parsed.lines()) {
			batch.add(punch(device, line));
		}
		int added = punches.store(device, "PUSH", batch);
		punches.stamp(device, "ATTLOG", stamp);
		if (parsed.blank() > 0 || !parsed.broken().isEmpty() || added < batch.size()) {
			log.info("ATTLOG of terminal {}: {} records ({} new, {} already stored), {} blank lines, broken lines {}", device.serialNo(),
					batch.size(), added, batch.size() - added, parsed.blank(), parsed.broken());
		}
		return "OK:" + batch.size();
	}

	static Punch punch(Device device, Attlog.Line line) {
		return new Punch(line.pin(), line.instant(device.zone()), line.localText(), line.status(), line.verify(), line.workcode(), null,
				line.raw(), "NEW", null);
	}

	/** OPERLOG: the PINs of USER lines are kept (what the device holds); operation and template lines are only counted. */
	private String operlog(Device device, String body, String stamp) {
		List<String> pins = new ArrayList<>();
		int lines = 0;
		for (String line : body.split("\r?\n")) {
			if (line.isBlank()) {
				continue;
			}
			lines++;
			if (line.startsWith("USER ")) {
				for (String field : line.substring(5).split("\t")) {
					if (field.startsWith("PIN=") && field.length() > 4 && field.length() <= 36) {
						pins.add(field.substring(4).strip());
					}
				}
			}
		}
		punches.devicePins(device, pins);
		punches.stamp(device, "OPERLOG", stamp);
		return "OK:" + lines;
	}

	private int timeZone(Device device) {
		int seconds = device.zone().getRules().getOffset(Instant.now(clock)).getTotalSeconds();
		return seconds % 3600 == 0 ? seconds / 3600 : seconds / 60;
	}

	private static String body(HttpServletRequest request) {
		return new String(DeviceGate.body(request), StandardCharsets.UTF_8);
	}

	private ResponseEntity<String> reply(Optional<String> reply) {
		return text(HttpStatus.OK, reply.orElse(UNKNOWN));
	}

	private ResponseEntity<String> text(HttpStatus status, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.TEXT_PLAIN);
		headers.setDate(clock.millis());
		return new ResponseEntity<>(body, headers, status);
	}

	private static String printable(String value) {
		return value == null ? "-" : value.replaceAll("[^A-Za-z0-9._-]", "?");
	}
}
