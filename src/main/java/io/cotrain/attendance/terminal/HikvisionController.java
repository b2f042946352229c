package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cotrain.attendance.privacy.Snapshots;
import io.cotrain.attendance.terminal.PunchStore.Punch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Hikvision ISAPI httpHosts receiver (TERMINALS.md §2): the terminal posts each access event to
 * {@code /api/v1/devices/hikvision/<token>} as multipart (JSON part {@code AccessControllerEvent} or {@code event_log},
 * optional {@code Picture}) or as bare JSON. 200 once stored (also for events that are ignored, so the terminal does not
 * retry them), 404 for an unknown token, 503 when storing failed. Unauthenticated by design ({@link DeviceSecurity}).
 */
@Tag(name = "Devices", description = "Face terminals")
@RestController
@PreAuthorize(DeviceAccess.DEVICE)
class HikvisionController {

	private static final Logger log = LoggerFactory.getLogger(HikvisionController.class);
	private static final List<String> EVENT_PARTS = List.of("AccessControllerEvent", "event_log");

	private final DeviceGateway gateway;
	private final PunchStore punches;
	private final PunchMatcher matcher;
	private final Snapshots snapshots;

	HikvisionController(DeviceGateway gateway, PunchStore punches, PunchMatcher matcher, Snapshots snapshots) {
		this.snapshots = snapshots;
		this.gateway = gateway;
		this.punches = punches;
		this.matcher = matcher;
	}

	record Status(int statusCode, String statusString, int stored) {
	}

	@Operation(summary = "Access events of a Hikvision terminal (its httpHosts URL; the token identifies the device)")
	@PostMapping(DeviceGate.HIKVISION_PATH + "{token}")
	ResponseEntity<Status> event(@PathVariable String token, HttpServletRequest request) {
		Body body = body(request);
		Optional<Punch> punch = HikvisionEvent.punch(body.json());
		try {
			Optional<Integer> stored = gateway.hikvision(token, request.getRemoteAddr(), device -> punch.map(p -> {
				int added = punches.store(device, "ISAPI", List.of(p));
				if (added > 0 && body.picture() != null && "NEW".equals(p.state()) && p.eventSerial() != null) {
					punches.idOf(device, p.eventSerial()).ifPresent(id -> snapshots.offer(p.pin(), id, p.at(), body.picture()));
				}
				return added;
			}).orElse(0));
			if (stored.isEmpty()) {
				return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Status(0, "UNKNOWN DEVICE", 0));
			}
			if (stored.get() > 0) {
				matcher.wake();
			}
			return ResponseEntity.ok(new Status(1, "OK", stored.get()));
		}
		catch (DataAccessException e) {
			log.warn("Storing a Hikvision event failed; not acknowledged, the terminal sends it again", e);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Status(0, "ERROR", 0));
		}
	}

	/** @param picture the terminal's snapshot, if sent: offered to {@link Snapshots} (kept only with consent), never logged */
	private record Body(String json, byte[] picture) {
	}

	/** The event JSON (the named part of a multipart post, else the whole body) and the picture part. */
	private Body body(HttpServletRequest request) {
		byte[] body = DeviceGate.body(request);
		String type = request.getHeader("Content-Type");
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return new Body(new String(body, StandardCharsets.UTF_8), null);
		}
		Map<String, byte[]> parts = Multipart.parts(type, body);
		return new Body(EVENT_PARTS.stream().filter(parts::containsKey).findFirst().map(p -> new String(parts.get(p), StandardCharsets.UTF_8))
			.orElse(""), parts.get("Picture"));
	}
}
