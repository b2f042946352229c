package io.cotrain.attendance.terminal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import io.cotrain.attendance.terminal.PunchStore.Punch;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Hikvision ISAPI access event (TERMINALS.md §2) and what it means for attendance: a verified person event
 * ({@code majorEventType} 5, {@code subEventType} 75, 77, 1, 38 or 181, with an employee number) is a punch; a face
 * failure (76, 78, 80) a rejected attempt; everything else (heartbeats, door events, other event types) is ignored.
 */
final class HikvisionEvent {

	static final Set<Integer> VERIFIED = Set.of(75, 77, 1, 38, 181);
	static final Set<Integer> FAILED = Set.of(76, 78, 80);
	static final String VERIFY_FAILED = "attendance.punch.verifyFailed";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HikvisionEvent() {
	}

	/** The punch an event's JSON stands for; empty when it is none (or not readable). */
	static Optional<Punch> punch(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException e) {
			return Optional.empty();
		}
		JsonNode event = root.path("AccessControllerEvent");
		if (!"AccessControllerEvent".equals(root.path("eventType").asString("")) || !event.isObject()) {
			return Optional.empty();
		}
		int major = event.path("majorEventType").asInt(-1);
		int sub = event.path("subEventType").asInt(-1);
		String employee = event.path("employeeNoString").asString("");
		if (employee.isBlank() && event.path("employeeNo").isNumber()) {
			employee = event.path("employeeNo").asString();
		}
		employee = employee.strip();
		boolean verified = major == 5 && VERIFIED.contains(sub) && !employee.isEmpty();
		boolean failed = major == 5 && FAILED.contains(sub);
		OffsetDateTime at = time(root.path("dateTime").asString(""));
		if (!(verified || failed) || at == null || employee.length() > 32) {
			return Optional.empty();
		}
		Long serial = event.path("serialNo").canConvertToLong() ? event.path("serialNo").asLong() : null;
		String raw = json.length() > 4000 ? json.substring(0, 4000) : json;
		return Optional.of(new Punch(employee, at.toInstant(), at.toString(), text(event, "attendanceStatus"),
				text(event, "currentVerifyMode") + ":" + sub, null, serial, raw, verified ? "NEW" : "REJECTED",
				verified ? null : VERIFY_FAILED));
	}

	private static OffsetDateTime time(String value) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String text(JsonNode event, String field) {
		String value = event.path(field).asString("");
		return value.length() > 20 ? value.substring(0, 20) : value;
	}
}
