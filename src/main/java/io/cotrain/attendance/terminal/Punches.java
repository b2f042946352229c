package io.cotrain.attendance.terminal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.attendance.session.CheckInDesk;
import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Method;
import io.cotrain.attendance.terminal.PunchStore.Punch;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The punches HR sees: lists by outcome, the USB import of a device's backlog, and the decisions on punches the matcher
 * could not use — assign to a session (a check-in as an approved correction) or dismiss with a note; both audited.
 */
@Service
class Punches {

	/** Outcomes a person may still decide on. */
	static final List<String> OPEN = List.of("UNMATCHED_EMPLOYEE", "UNMATCHED_SESSION", "REJECTED", "QUARANTINED");

	enum Filter {
		UNMATCHED(List.of("UNMATCHED_EMPLOYEE", "UNMATCHED_SESSION")), REJECTED(List.of("REJECTED")), QUARANTINED(List.of("QUARANTINED")),
		MATCHED(List.of("CHECKED_IN", "ALREADY", "ASSIGNED")), NEW(List.of("NEW")), DISMISSED(List.of("DISMISSED")), ALL(List.of());

		final List<String> states;

		Filter(List<String> states) {
			this.states = states;
		}
	}

	record PunchView(UUID id, UUID deviceId, String deviceName, String serialNo, String source, String pin, Instant punchedAt,
			String localTime, String verify, String state, String reason, UUID employeeId, UUID occurrenceId, Instant receivedAt,
			String decidedBy, String note) {

		public boolean open() {
			return OPEN.contains(state) && !HikvisionEvent.VERIFY_FAILED.equals(reason);
		}
	}

	/** What a USB import did: rows added, rows already stored, blank lines, broken lines by number. */
	record ImportReport(int records, int stored, int duplicates, int blank, List<Integer> broken) {
	}

	private static final String SELECT = """
			select p.id, p.device_id, d.name, d.serial_no, p.source, p.pin, p.punched_at, p.local_time, p.verify, p.state, p.reason,
			  p.employee_id, p.occurrence_id, p.received_at, p.decided_by, p.note
			from terminal_punch p join terminal_device d on d.id = p.device_id""";

	private final JdbcClient jdbc;
	private final DeviceService devices;
	private final PunchStore store;
	private final PunchMatcher matcher;
	private final CheckInDesk desk;
	private final Occurrences occurrences;
	private final EmployeeDirectory employees;
	private final AuditLog audit;
	private final Accounts accounts;
	private final Clock clock;

	Punches(JdbcClient jdbc, DeviceService devices, PunchStore store, PunchMatcher matcher, CheckInDesk desk, Occurrences occurrences,
			EmployeeDirectory employees, AuditLog audit, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.store = store;
		this.matcher = matcher;
		this.desk = desk;
		this.occurrences = occurrences;
		this.employees = employees;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<PunchView> list(Filter filter, UUID device, int limit) {
		return jdbc.sql(SELECT + """
				 where (cardinality(cast(:states as text[])) = 0 or p.state = any (cast(:states as text[])))
				   and (cast(:device as uuid) is null or p.device_id = :device)
				order by p.punched_at desc limit :limit""")
			.param("states", filter.states.toArray(String[]::new)).param("device", device).param("limit", Math.min(Math.max(limit, 1), 1000))
			.query(Punches::view).list();
	}

	@Transactional(readOnly = true)
	PunchView get(UUID id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Punches::view).optional()
			.orElseThrow(() -> new NotFoundException("punch", id));
	}

	/** The sessions of the punch's device region around its time, for choosing where to assign it. */
	@Transactional(readOnly = true)
	List<Occurrence> candidates(PunchView punch) {
		Device device = devices.device(punch.deviceId()).orElseThrow();
		return occurrences.scheduledBetween(punch.punchedAt().minus(Duration.ofDays(1)), punch.punchedAt().plus(Duration.ofDays(1))).stream()
			.filter(o -> o.regionId().equals(device.region())).toList();
	}

	/** Imports a USB export ({@code *_attlog.dat}) of the device: same store, dedupe and matching as a PUSH upload. */
	@Transactional
	ImportReport importUsb(UUID deviceId, byte[] file) {
		devices.get(deviceId);
		Device device = devices.device(deviceId).orElseThrow();
		Attlog parsed = Attlog.parse(new String(file, StandardCharsets.UTF_8), Attlog.Format.USB);
		List<Punch> batch = new ArrayList<>();
		parsed.lines().forEach(line -> batch.add(IclockController.punch(device, line)));
		int stored = store.store(device, "USB", batch);
		ImportReport report = new ImportReport(batch.size(), stored, batch.size() - stored, parsed.blank(), parsed.broken());
		audit.record("TERMINAL_ATTLOG_IMPORTED", "terminal_device", deviceId, Map.of("serialNo", device.serialNo(), "records", report.records(),
				"stored", stored, "broken", parsed.broken().size()));
		afterCommit(matcher::wake);
		return report;
	}

	/**
	 * Checks the punch's employee (or {@code employee} when given) in to {@code session} at the punch's time as an approved
	 * correction.
	 */
	@Transactional
	PunchView assign(UUID id, UUID session, UUID employee, String note) {
		PunchView punch = decidable(id);
		if (HikvisionEvent.VERIFY_FAILED.equals(punch.reason())) {
			throw RuleViolationException.of(null, "attendance.punch.notVerified");
		}
		if (session == null) {
			throw RuleViolationException.of("sessionId", "attendance.punch.sessionRequired");
		}
		EmployeeId who = employee != null ? new EmployeeId(employee)
				: punch.employeeId() != null ? new EmployeeId(punch.employeeId())
						: employees.byTerminalPin(punch.pin()).map(e -> e.id()).orElseThrow(
								() -> RuleViolationException.of("employeeId", "attendance.punch.employeeRequired"));
		employees.get(who);
		String by = by();
		desk.checkIn(session, who, Method.CORRECTION, punch.punchedAt(), Evidence.terminal(punch.deviceId(), id), by);
		decide(id, "ASSIGNED", who.value(), session, note, by);
		audit.record("TERMINAL_PUNCH_ASSIGNED", "terminal_punch", id, details(punch, Map.of("employeeId", who.value().toString(),
				"sessionId", session.toString(), "note", note == null ? "" : note.strip())));
		return get(id);
	}

	@Transactional
	PunchView dismiss(UUID id, String note) {
		PunchView punch = decidable(id);
		if (note == null || note.isBlank() || note.strip().length() > 500) {
			throw RuleViolationException.of("note", "attendance.punch.noteRequired");
		}
		decide(id, "DISMISSED", punch.employeeId(), punch.occurrenceId(), note, by());
		audit.record("TERMINAL_PUNCH_DISMISSED", "terminal_punch", id, details(punch, Map.of("note", note.strip())));
		return get(id);
	}

	private PunchView decidable(UUID id) {
		PunchView punch = jdbc.sql(SELECT + " where p.id = :id for update of p").param("id", id).query(Punches::view).optional()
			.orElseThrow(() -> new NotFoundException("punch", id));
		if (!OPEN.contains(punch.state())) {
			throw RuleViolationException.of(null, "attendance.punch.decided");
		}
		return punch;
	}

	private void decide(UUID id, String state, UUID employee, UUID session, String note, String by) {
		jdbc.sql("""
				update terminal_punch set state = :state, employee_id = :employee, occurrence_id = :session, note = :note,
				  decided_at = :now, decided_by = :by where id = :id""")
			.param("state", state).param("employee", employee).param("session", session)
			.param("note", note == null || note.isBlank() ? null : note.strip()).param("now", Timestamp.from(clock.instant()))
			.param("by", by).param("id", id).update();
	}

	private static Map<String, Object> details(PunchView punch, Map<String, Object> more) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("serialNo", punch.serialNo());
		details.put("pin", punch.pin());
		details.put("punchedAt", punch.punchedAt().toString());
		details.put("before", punch.state());
		details.putAll(more);
		return details;
	}

	private String by() {
		return accounts.current().map(CurrentUser::username).orElse("system");
	}

	private static void afterCommit(Runnable work) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

	private static PunchView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp received = rs.getTimestamp("received_at");
		return new PunchView(rs.getObject("id", UUID.class), rs.getObject("device_id", UUID.class), rs.getString("name"),
				rs.getString("serial_no"), rs.getString("source"), rs.getString("pin"), rs.getTimestamp("punched_at").toInstant(),
				rs.getString("local_time"), rs.getString("verify"), rs.getString("state"), rs.getString("reason"),
				rs.getObject("employee_id", UUID.class), rs.getObject("occurrence_id", UUID.class), received.toInstant(),
				rs.getString("decided_by"), rs.getString("note"));
	}
}
