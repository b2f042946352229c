package io.cotrain.attendance.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.attendance.AttendanceSettings;
import io.cotrain.attendance.session.SessionPolicy.Geofence;
import io.cotrain.attendance.session.SessionPolicy.Methods;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Setting;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in rules of sessions: a session's own row in {@code checkin_policy}, else the tenant's settings for the
 * session's region. HR (or the region's admin) changes a session's rules; every change is audited.
 */
@Component
public class SessionPolicies {

	/** What HR enters for a session; null fields take the settings' values, blank ranges and geofence mean none. */
	public record PolicyForm(Integer opensBeforeMinutes, Integer closesAfterMinutes, Integer lateAfterMinutes, Integer jointWithinMinutes,
			Methods methods, String ipRanges, Double latitude, Double longitude, Integer radiusMetres) {
	}

	private final JdbcClient jdbc;
	private final TenantSettings settings;
	private final AuditLog audit;
	private final Clock clock;

	SessionPolicies(JdbcClient jdbc, TenantSettings settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	private static final List<Setting<?>> WINDOW_SETTINGS = List.of(AttendanceSettings.OPENS_BEFORE, AttendanceSettings.CLOSES_AFTER,
			AttendanceSettings.LATE_AFTER, AttendanceSettings.JOINT_WITHIN);

	/** The rules in force for the session. */
	public SessionPolicy of(Occurrence session) {
		return of(session.id(), session.regionId());
	}

	/** The rules in force for the session held in the region: its own row, else the settings (two queries at most). */
	public SessionPolicy of(UUID session, RegionId region) {
		return custom(session).orElseGet(() -> defaults(region));
	}

	/** The rules of the tenant's settings for the session's region. */
	public SessionPolicy defaults(Occurrence session) {
		return defaults(session.regionId());
	}

	private SessionPolicy defaults(RegionId region) {
		TenantSettings.Values values = settings.get(WINDOW_SETTINGS, region);
		return new SessionPolicy(false, values.get(AttendanceSettings.OPENS_BEFORE), values.get(AttendanceSettings.CLOSES_AFTER),
				values.get(AttendanceSettings.LATE_AFTER), values.get(AttendanceSettings.JOINT_WITHIN), Methods.BOTH, List.of(), null);
	}

	/** The longest window any session may have around its start (to find candidate sessions of a punch). */
	public static Duration widest() {
		return Duration.ofHours(8);
	}

	private Optional<SessionPolicy> custom(UUID session) {
		return jdbc.sql("select * from checkin_policy where occurrence_id = :o").param("o", session).query((rs, i) -> {
			double lat = rs.getDouble("geo_latitude");
			Geofence fence = rs.wasNull() ? null : new Geofence(lat, rs.getDouble("geo_longitude"), rs.getInt("geo_radius_m"));
			String ranges = rs.getString("ip_ranges");
			return new SessionPolicy(true, Duration.ofMinutes(rs.getInt("opens_before_min")), Duration.ofMinutes(rs.getInt("closes_after_min")),
					Duration.ofMinutes(rs.getInt("late_after_min")), Duration.ofMinutes(rs.getInt("joint_within_min")),
					Methods.valueOf(rs.getString("methods")), ranges == null ? List.of() : split(ranges), fence);
		}).optional();
	}

	/**
	 * Sets the session's own rules (the caller may change the session: HR or the region's admin, checked by the caller).
	 *
	 * @throws RuleViolationException field errors ({@code attendance.policy.*})
	 */
	@Transactional
	public SessionPolicy save(Occurrence session, PolicyForm form, String by) {
		SessionPolicy base = defaults(session);
		List<Violation> problems = new ArrayList<>();
		int opens = minutes(form.opensBeforeMinutes(), base.opensBefore(), "opensBeforeMinutes", 0, 240, problems);
		int closes = minutes(form.closesAfterMinutes(), base.closesAfter(), "closesAfterMinutes", 0, 480, problems);
		int late = minutes(form.lateAfterMinutes(), base.lateAfter(), "lateAfterMinutes", 0, 240, problems);
		int joint = minutes(form.jointWithinMinutes(), base.jointWithin(), "jointWithinMinutes", 1, 240, problems);
		if (problems.isEmpty() && late > closes) {
			problems.add(new Violation("lateAfterMinutes", "attendance.policy.lateAfterClose"));
		}
		List<String> ranges = form.ipRanges() == null ? List.of() : split(form.ipRanges());
		ranges.stream().filter(r -> !IpRanges.valid(r)).findFirst()
			.ifPresent(r -> problems.add(new Violation("ipRanges", "attendance.policy.badIpRange", r)));
		boolean anyGeo = form.latitude() != null || form.longitude() != null || form.radiusMetres() != null;
		if (anyGeo) {
			if (form.latitude() == null || form.latitude() < -90 || form.latitude() > 90) {
				problems.add(new Violation("latitude", "attendance.policy.badLatitude"));
			}
			if (form.longitude() == null || form.longitude() < -180 || form.longitude() > 180) {
				problems.add(new Violation("longitude", "attendance.policy.badLongitude"));
			}
			if (form.radiusMetres() == null || form.radiusMetres() < 10 || form.radiusMetres() > 100_000) {
				problems.add(new Violation("radiusMetres", "attendance.policy.badRadius", 10, 100_000));
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		Methods methods = form.methods() == null ? Methods.BOTH : form.methods();
		jdbc.sql("""
				insert into checkin_policy (occurrence_id, opens_before_min, closes_after_min, late_after_min, joint_within_min, methods,
				    ip_ranges, geo_latitude, geo_longitude, geo_radius_m, updated_at, updated_by)
				values (:o, :opens, :closes, :late, :joint, :methods, :ranges, :lat, :lon, :radius, :at, :by)
				on conflict (occurrence_id) do update set opens_before_min = excluded.opens_before_min,
				    closes_after_min = excluded.closes_after_min, late_after_min = excluded.late_after_min,
				    joint_within_min = excluded.joint_within_min, methods = excluded.methods, ip_ranges = excluded.ip_ranges,
				    geo_latitude = excluded.geo_latitude, geo_longitude = excluded.geo_longitude, geo_radius_m = excluded.geo_radius_m,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("o", session.id()).param("opens", opens).param("closes", closes).param("late", late).param("joint", joint)
			.param("methods", methods.name()).param("ranges", ranges.isEmpty() ? null : String.join(",", ranges))
			.param("lat", anyGeo ? form.latitude() : null).param("lon", anyGeo ? form.longitude() : null)
			.param("radius", anyGeo ? form.radiusMetres() : null).param("at", Timestamp.from(clock.instant())).param("by", by).update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("opensBeforeMinutes", opens);
		details.put("closesAfterMinutes", closes);
		details.put("lateAfterMinutes", late);
		details.put("jointWithinMinutes", joint);
		details.put("methods", methods.name());
		details.put("ipRanges", ranges);
		details.put("geofence", anyGeo ? form.latitude() + "," + form.longitude() + "," + form.radiusMetres() : null);
		audit.record("ATTENDANCE_POLICY_CHANGED", "course_occurrence", session.id(), details);
		return of(session);
	}

	/** Back to the settings' rules. */
	@Transactional
	public void reset(Occurrence session) {
		if (jdbc.sql("delete from checkin_policy where occurrence_id = :o").param("o", session.id()).update() > 0) {
			audit.record("ATTENDANCE_POLICY_RESET", "course_occurrence", session.id(), Map.of());
		}
	}

	private static int minutes(Integer given, Duration fallback, String field, int min, int max, List<Violation> problems) {
		int value = given == null ? (int) fallback.toMinutes() : given;
		if (value < min || value > max) {
			problems.add(new Violation(field, "attendance.policy.minutesRange", min, max));
		}
		return value;
	}

	private static List<String> split(String ranges) {
		return Arrays.stream(ranges.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
