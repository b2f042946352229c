package io.cotrain.tenancy.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.security.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in table {@code audit_event}. Row-level security makes it append-only: there is no policy
 * that lets a row be updated or deleted.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final NamedParameterJdbcOperations batch;
	private final JsonMapper json;
	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, NamedParameterJdbcOperations batch, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subjectType, Object subjectId, Map<String, ?> details) {
		recordAll(List.of(new Event(action, subjectType, subjectId, details)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<Event> events) {
		if (events.isEmpty()) {
			return;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		AccountPrincipal principal = auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p : null;
		UUID tenant = TenantScope.require().tenant().value();
		java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
		String address = remoteAddress();
		SqlParameterSource[] rows = events.stream().map(e -> new MapSqlParameterSource()
			.addValue("id", UUID.randomUUID())
			.addValue("tenant", tenant)
			.addValue("at", at)
			.addValue("actorId", principal == null ? null : principal.user().id().value())
			.addValue("actor", principal == null ? "system" : principal.user().username())
			.addValue("action", e.action())
			.addValue("subjectType", e.subjectType())
			.addValue("subjectId", e.subjectId() == null ? null : e.subjectId().toString())
			.addValue("details", json.writeValueAsString(plain(e.details())))
			.addValue("addr", address)).toArray(SqlParameterSource[]::new);
		batch.batchUpdate("""
				insert into audit_event (id, tenant_id, occurred_at, actor_id, actor, action, subject_type, subject_id, details, remote_addr)
				values (:id, :tenant, :at, :actorId, :actor, :action, :subjectType, :subjectId, cast(:details as jsonb), :addr)""", rows);
	}

	@Override
	@Transactional(readOnly = true)
	public Page search(String subjectType, String action, String actor, int page, int size) {
		String where = """
				where (cast(:subjectType as varchar) is null or subject_type = :subjectType)
				  and (cast(:action as varchar) is null or action = :action)
				  and (cast(:actor as varchar) is null or actor = :actor)""";
		long total = jdbc.sql("select count(*) from audit_event " + where)
			.param("subjectType", blankToNull(subjectType)).param("action", blankToNull(action)).param("actor", blankToNull(actor))
			.query(Long.class).single();
		List<Entry> entries = jdbc.sql("select occurred_at, actor, action, subject_type, subject_id, details::text as details, remote_addr "
				+ "from audit_event " + where + " order by occurred_at desc, id limit :size offset :offset")
			.param("subjectType", blankToNull(subjectType)).param("action", blankToNull(action)).param("actor", blankToNull(actor))
			.param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("details"), rs.getString("remote_addr")))
			.list();
		return new Page(entries, page, size, total);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String remoteAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
				? addressOf(attrs.getRequest()) : null;
	}

	private static String addressOf(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	/** Ids and enums are written as their text, so details read the same in SQL and in the UI. */
	private static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
			return out;
		}
		if (value instanceof Collection<?> items) {
			List<Object> out = new ArrayList<>();
			items.forEach(v -> out.add(plain(v)));
			out.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
			return out;
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		return value.toString();
	}
}
