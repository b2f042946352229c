package io.cotrain.attendance.terminal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.cotrain.attendance.Terminals;
import io.cotrain.attendance.Terminals.Terminal;
import io.cotrain.attendance.Terminals.TerminalForm;
import io.cotrain.attendance.Terminals.Vendor;
import io.cotrain.attendance.terminal.Punches.Filter;
import io.cotrain.attendance.terminal.Punches.ImportReport;
import io.cotrain.attendance.terminal.Punches.PunchView;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The device registry, USB imports and the punches to decide on, over the API. */
@Tag(name = "Devices", description = "Face terminals")
@RestController
class DeviceApiController {

	private final Terminals terminals;
	private final Punches punches;

	DeviceApiController(Terminals terminals, Punches punches) {
		this.terminals = terminals;
		this.punches = punches;
	}

	/** {@code secret}: the ZKTeco pushcommkey or the Hikvision URL token; {@code enabled} (changes only) switches it. */
	record DeviceInput(Vendor vendor, String serialNo, String name, UUID regionId, String location, String timeZone, String secret,
			Boolean enabled) {

		TerminalForm form() {
			return new TerminalForm(vendor, serialNo, name, regionId == null ? null : new RegionId(regionId), location, timeZone, secret);
		}
	}

	record Decision(UUID sessionId, UUID employeeId, String note) {
	}

	@Operation(summary = "The devices the caller sees, by name")
	@GetMapping("/api/v1/devices")
	@PreAuthorize(DeviceAccess.READ)
	List<Terminal> list() {
		return terminals.list();
	}

	@Operation(summary = "Registers a device; a ZKTeco device gets its region's employees queued. A Hikvision device without a token gets a random one")
	@PostMapping("/api/v1/devices")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(DeviceAccess.WRITE)
	Terminal register(@RequestBody DeviceInput in) {
		return terminals.register(in.form());
	}

	@GetMapping("/api/v1/devices/{id}")
	@PreAuthorize(DeviceAccess.READ)
	Terminal get(@PathVariable UUID id) {
		return terminals.get(id);
	}

	@Operation(summary = "Changes name, region, location, time zone, secret (blank keeps it) and enabled; vendor and serial number stay")
	@PutMapping("/api/v1/devices/{id}")
	@PreAuthorize(DeviceAccess.WRITE)
	Terminal update(@PathVariable UUID id, @RequestBody DeviceInput in) {
		Terminal changed = terminals.update(id, in.form());
		return in.enabled() == null ? changed : terminals.setEnabled(id, in.enabled());
	}

	@Operation(summary = "Queues DATA UPDATE USERINFO again for the roster members of the coming face check-in sessions of the device's region (ZKTeco)")
	@PostMapping("/api/v1/devices/{id}/push-employees")
	@PreAuthorize(DeviceAccess.WRITE)
	Map<String, Integer> push(@PathVariable UUID id) {
		return Map.of("queued", terminals.pushEmployees(id));
	}

	@Operation(summary = "Imports a USB export (*_attlog.dat, multipart part 'file'): records, stored, duplicates, blank and broken lines")
	@PostMapping("/api/v1/devices/{id}/attlog")
	@PreAuthorize(DeviceAccess.WRITE)
	ImportReport importUsb(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file) throws IOException {
		terminals.get(id);
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.of("file", "attendance.device.fileRequired");
		}
		return punches.importUsb(id, file.getBytes());
	}

	@Operation(summary = "Punches by outcome: state = unmatched (default), rejected, quarantined, matched, new, dismissed or all")
	@GetMapping("/api/v1/devices/punches")
	@PreAuthorize(DeviceAccess.READ)
	List<PunchView> punches(@RequestParam(defaultValue = "unmatched") String state, @RequestParam(required = false) UUID deviceId,
			@RequestParam(defaultValue = "200") int limit) {
		return punches.list(filter(state), deviceId, limit);
	}

	@Operation(summary = "Assigns an undecided punch to a session: a check-in at the punch's time as an approved correction")
	@PostMapping("/api/v1/devices/punches/{punchId}/assign")
	@PreAuthorize(DeviceAccess.WRITE)
	PunchView assign(@PathVariable UUID punchId, @RequestBody Decision in) {
		return punches.assign(punchId, in.sessionId(), in.employeeId(), in.note());
	}

	@Operation(summary = "Dismisses an undecided punch with a note")
	@PostMapping("/api/v1/devices/punches/{punchId}/dismiss")
	@PreAuthorize(DeviceAccess.WRITE)
	PunchView dismiss(@PathVariable UUID punchId, @RequestBody Decision in) {
		return punches.dismiss(punchId, in.note());
	}

	static Filter filter(String state) {
		try {
			return Filter.valueOf(state == null ? "UNMATCHED" : state.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.of("state", "attendance.punch.stateUnknown");
		}
	}
}
