package io.cotrain.attendance.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.runtime.SecretCipher;
import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Face snapshots as check-in evidence, under PIPL (DOMAIN.md §5). By default none is kept: a terminal's snapshot is
 * {@linkplain #offer offered} and dropped unless the tenant enabled {@link AttendanceSettings#SNAPSHOTS} and the employee
 * gave their separate consent ({@link #consent}). A kept snapshot is sealed with the master key (bound to its row id),
 * opened only for HR and region admins (each view audited), and deleted when it expires
 * ({@link AttendanceSettings#SNAPSHOT_RETENTION}, hourly sweep) or as soon as the employee withdraws consent. QR
 * check-in always remains the alternative to the face.
 */
@Component
public class Snapshots {

	private static final Logger log = LoggerFactory.getLogger(Snapshots.class);
	/** A snapshot larger than this is no terminal's thumbnail: dropped. */
	private static final int MAX_BYTES = 1024 * 1024;

	/** @param consentedAt null without a current consent */
	public record Consent(boolean enabled, Instant consentedAt, Instant withdrawnAt) {

		public boolean given() {
			return consentedAt != null;
		}
	}

	public record Image(String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final SecretCipher cipher;
	private final TenantSettings settings;
	private final EmployeeDirectory employees;
	private final TenantProvisioning tenants;
	private final Accounts accounts;
	private final AuditLog audit;
	private final Clock clock;

	Snapshots(JdbcClient jdbc, SecretCipher cipher, TenantSettings settings, EmployeeDirectory employees, TenantProvisioning tenants,
			Accounts accounts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.settings = settings;
		this.employees = employees;
		this.tenants = tenants;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A terminal's snapshot of the person with this PIN, in the device's tenant scope: kept (sealed) only when snapshots
	 * are enabled, the PIN is an employee's, that employee consented and the bytes are a JPEG or PNG of reasonable size;
	 * otherwise dropped without a trace.
	 *
	 * @return the kept snapshot's id
	 */
	@Transactional
	public Optional<UUID> offer(String terminalPin, UUID punchId, Instant takenAt, byte[] image) {
		if (!settings.get(AttendanceSettings.SNAPSHOTS) || image == null || image.length == 0 || image.length > MAX_BYTES) {
			return Optional.empty();
		}
		String type = type(image);
		Optional<EmployeeView> employee = terminalPin == null ? Optional.empty() : employees.byTerminalPin(terminalPin);
		if (type == null || employee.isEmpty() || !consent(employee.get().id()).given()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		Duration retention = settings.get(AttendanceSettings.SNAPSHOT_RETENTION);
		jdbc.sql("""
				insert into checkin_snapshot (id, employee_id, punch_id, taken_at, expires_at, content_type, sealed, created_at)
				values (:id, :e, :punch, :taken, :expires, :type, :sealed, :now)""")
			.param("id", id).param("e", employee.get().id().value()).param("punch", punchId).param("taken", Timestamp.from(takenAt))
			.param("expires", Timestamp.from(takenAt.plus(retention))).param("type", type).param("sealed", cipher.seal(image, context(id)))
			.param("now", Timestamp.from(now)).update();
		return Optional.of(id);
	}

	public Consent consent(EmployeeId employee) {
		boolean enabled = settings.get(AttendanceSettings.SNAPSHOTS);
		return jdbc.sql("select consented_at, withdrawn_at from snapshot_consent where employee_id = :e").param("e", employee.value())
			.query((rs, i) -> new Consent(enabled, rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional().orElse(new Consent(enabled, null, null));
	}

	/** The employee consents (again) to snapshot evidence; audited. */
	@Transactional
	public Consent give(EmployeeId employee, String by) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into snapshot_consent (employee_id, consented_at, withdrawn_at, updated_by) values (:e, :now, null, :by)
				on conflict (employee_id) do update set consented_at = excluded.consented_at, withdrawn_at = null, updated_by = excluded.updated_by""")
			.param("e", employee.value()).param("now", Timestamp.from(now)).param("by", by).update();
		audit.record("ATTENDANCE_SNAPSHOT_CONSENT_GIVEN", "employee", employee.value(), Map.of());
		return consent(employee);
	}

	/** The employee withdraws consent: every kept snapshot of theirs is deleted at once; audited with how many. */
	@Transactional
	public Consent withdraw(EmployeeId employee, String by) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into snapshot_consent (employee_id, consented_at, withdrawn_at, updated_by) values (:e, null, :now, :by)
				on conflict (employee_id) do update set consented_at = null, withdrawn_at = excluded.withdrawn_at, updated_by = excluded.updated_by""")
			.param("e", employee.value()).param("now", Timestamp.from(now)).param("by", by).update();
		int deleted = jdbc.sql("delete from checkin_snapshot where employee_id = :e").param("e", employee.value()).update();
		audit.record("ATTENDANCE_SNAPSHOT_CONSENT_WITHDRAWN", "employee", employee.value(), Map.of("deletedSnapshots", deleted));
		return consent(employee);
	}

	/** The kept snapshot of each check-in of the session that has one: employee id → snapshot id. */
	public Map<UUID, UUID> ofSession(UUID session) {
		Map<UUID, UUID> found = new HashMap<>();
		jdbc.sql("""
				select c.employee_id, s.id from checkin c join checkin_snapshot s on s.punch_id = c.punch_id
				where c.occurrence_id = :o and c.punch_id is not null""")
			.param("o", session).query((rs, i) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
		return found;
	}

	/** Opens a kept snapshot for the caller (HR or a region admin, checked by the controller); audited. */
	@Transactional
	public Image open(UUID id) {
		record Row(UUID employee, String type, byte[] sealed) {
		}
		Row row = jdbc.sql("select employee_id, content_type, sealed from checkin_snapshot where id = :id").param("id", id)
			.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3))).optional()
			.orElseThrow(() -> new NotFoundException("snapshot", id));
		audit.record("ATTENDANCE_SNAPSHOT_VIEWED", "checkin_snapshot", id, Map.of("employee", row.employee().toString(),
				"by", accounts.current().map(CurrentUser::username).orElse("system")));
		return new Image(row.type(), cipher.open(row.sealed(), context(id)));
	}

	/** Deletes the current scope's expired snapshots. */
	@Transactional
	public int purgeExpired() {
		return jdbc.sql("delete from checkin_snapshot where expires_at <= :now").param("now", Timestamp.from(clock.instant())).update();
	}

	@Scheduled(cron = "${cotrain.attendance.snapshot-purge:0 7 * * * *}")
	void sweep() {
		tenants.forEachTenant("Deleting expired snapshots", tenant -> {
			int deleted = purgeExpired();
			if (deleted > 0) {
				log.info("Deleted {} expired check-in snapshot(s) of tenant {}", deleted, tenant.code());
			}
			return deleted;
		});
	}

	private static String context(UUID id) {
		return "checkin-snapshot:" + id;
	}

	/** JPEG or PNG by their magic numbers; null for anything else. */
	private static String type(byte[] image) {
		if (image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 && (image[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
			return "image/png";
		}
		return null;
	}

}
