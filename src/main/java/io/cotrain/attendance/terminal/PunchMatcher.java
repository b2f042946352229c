package io.cotrain.attendance.terminal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.session.CheckInDesk;
import io.cotrain.attendance.CheckIns.Evidence;
import io.cotrain.attendance.CheckIns.Method;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeView;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.runtime.Wakeup;
import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches stored punches after the device got its reply: the employee by terminal PIN (exactly; leading zeros count),
 * the session by {@link CheckInDesk#sessionForPunch} (device region and location, the punch's instant), then the
 * check-in through {@link CheckInDesk#checkIn} (method TERMINAL, recorded by {@code terminal:<serial>}). Each punch gets an
 * outcome: CHECKED_IN, ALREADY, UNMATCHED_EMPLOYEE, UNMATCHED_SESSION or REJECTED with the refusal's message key. Runs
 * per tenant in its all-regions scope, each punch in its own transaction (locked with {@code skip locked}, so nodes
 * share the work), woken after each upload's commit and every {@link TerminalProperties#matcherPoll}.
 */
@Component
public class PunchMatcher {

	private static final int BATCH = 500;

	private record Pending(UUID id, UUID device, String pin, java.time.Instant at) {
	}

	private final TenantProvisioning tenants;
	private final JdbcClient jdbc;
	private final EmployeeDirectory employees;
	private final CheckInDesk desk;
	private final DeviceService devices;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final boolean enabled;
	private final Wakeup wakeup;

	PunchMatcher(TenantProvisioning tenants, JdbcClient jdbc, EmployeeDirectory employees, CheckInDesk desk, DeviceService devices,
			PlatformTransactionManager transactions, Clock clock, TerminalProperties properties) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.employees = employees;
		this.desk = desk;
		this.devices = devices;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.enabled = properties.matcherEnabled();
		this.wakeup = new Wakeup("punch-matcher", enabled, this::runOnce);
	}

	/** Matches every new punch of every tenant; returns how many got an outcome. */
	public int runOnce() {
		return tenants.forEachTenant("Matching punches", tenant -> drain());
	}

	/** Runs {@link #runOnce} soon on the matcher's own thread (several wake-ups fold into one run). */
	void wake() {
		wakeup.wake();
	}

	@Scheduled(fixedDelayString = "${cotrain.terminal.matcher-poll:PT5S}", initialDelayString = "${cotrain.terminal.matcher-poll:PT5S}")
	void poll() {
		if (enabled) {
			runOnce();
		}
	}

	@PreDestroy
	void stop() {
		wakeup.close();
	}

	private int drain() {
		int matched = 0;
		List<UUID> ids;
		do {
			ids = jdbc.sql("select id from terminal_punch where state = 'NEW' order by received_at, punched_at limit :n").param("n", BATCH)
				.query(UUID.class).list();
			for (UUID id : ids) {
				matched += match(id) ? 1 : 0;
			}
		}
		while (ids.size() == BATCH);
		return matched;
	}

	private boolean match(UUID id) {
		try {
			return Boolean.TRUE.equals(transaction.execute(s -> pending(id).map(p -> {
				decide(p);
				return true;
			}).orElse(false)));
		}
		catch (RuleViolationException e) {
			return outcome(id, "REJECTED", e.violations().get(0).code());
		}
		catch (NotFoundException e) {
			return outcome(id, "UNMATCHED_SESSION", null);
		}
	}

	private void decide(Pending p) {
		Optional<EmployeeView> employee = employees.byTerminalPin(p.pin()).filter(e -> e.terminalPin().equals(p.pin()));
		if (employee.isEmpty()) {
			set(p.id(), "UNMATCHED_EMPLOYEE", null, null, null);
			return;
		}
		Device device = devices.device(p.device()).orElseThrow();
		Optional<Occurrence> session = desk.sessionForPunch(device.region(), device.location(), employee.get().id(), p.at());
		if (session.isEmpty()) {
			set(p.id(), "UNMATCHED_SESSION", null, employee.get().id().value(), null);
			return;
		}
		// a refusal rolls this transaction back; match() records it in a new one
		CheckInDesk.Result result = desk.checkIn(session.get().id(), employee.get().id(), Method.TERMINAL, p.at(),
				Evidence.terminal(device.id(), p.id()), device.actor());
		set(p.id(), result.already() ? "ALREADY" : "CHECKED_IN", null, employee.get().id().value(), session.get().id());
	}

	private Optional<Pending> pending(UUID id) {
		return jdbc.sql("select id, device_id, pin, punched_at from terminal_punch where id = :id and state = 'NEW' for update skip locked")
			.param("id", id)
			.query((rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** The outcome of a refused check-in, written after its transaction rolled back. */
	private boolean outcome(UUID id, String state, String reason) {
		return Boolean.TRUE.equals(transaction.execute(s -> {
			UUID employee = jdbc.sql("select pin from terminal_punch where id = :id").param("id", id).query(String.class).optional()
				.flatMap(employees::byTerminalPin).map(e -> e.id().value()).orElse(null);
			return set(id, state, reason, employee, null) > 0;
		}));
	}

	private int set(UUID id, String state, String reason, UUID employee, UUID session) {
		return jdbc.sql("""
				update terminal_punch set state = :state, reason = :reason, employee_id = :employee, occurrence_id = :session,
				  decided_at = :now, decided_by = 'matcher' where id = :id and state = 'NEW'""")
			.param("state", state).param("reason", reason).param("employee", employee).param("session", session)
			.param("now", Timestamp.from(clock.instant())).param("id", id).update();
	}
}
