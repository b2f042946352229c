package io.cotrain.training.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The progress rows of some learners of one programme, read in three queries. */
final class Rows {

	record UnitRow(UUID courseKey, UUID unitKey, Instant openedAt, int secondsOpen, Instant confirmedAt, Instant completedAt) {
	}

	record Attempt(UUID unitKey, int attempt, java.math.BigDecimal percent, boolean passed) {
	}

	final Map<EmployeeId, Map<UUID, UnitRow>> units = new HashMap<>();
	final Map<EmployeeId, Map<UUID, Instant>> completions = new HashMap<>();
	final Map<EmployeeId, Map<UUID, List<Attempt>>> attempts = new HashMap<>();

	static Rows load(JdbcClient jdbc, UUID programme, Collection<EmployeeId> employees) {
		Rows rows = new Rows();
		if (employees.isEmpty()) {
			return rows;
		}
		List<UUID> ids = employees.stream().map(EmployeeId::value).distinct().toList();
		jdbc.sql("select * from unit_progress where programme_id = :p and employee_id in (:e)").param("p", programme).param("e", ids)
			.query((rs, n) -> rows.units.computeIfAbsent(employee(rs), e -> new HashMap<>()).put(rs.getObject("unit_key", UUID.class),
					new UnitRow(rs.getObject("course_key", UUID.class), rs.getObject("unit_key", UUID.class), instant(rs, "opened_at"),
							rs.getInt("seconds_open"), instant(rs, "confirmed_at"), instant(rs, "completed_at"))))
			.list();
		jdbc.sql("select employee_id, course_key, completed_at from course_completion where programme_id = :p and employee_id in (:e)")
			.param("p", programme).param("e", ids)
			.query((rs, n) -> rows.completions.computeIfAbsent(employee(rs), e -> new HashMap<>())
				.put(rs.getObject("course_key", UUID.class), instant(rs, "completed_at")))
			.list();
		jdbc.sql("""
				select employee_id, unit_key, attempt, percent, passed from quiz_attempt
				where programme_id = :p and employee_id in (:e) order by attempt""").param("p", programme).param("e", ids)
			.query((rs, n) -> rows.attempts.computeIfAbsent(employee(rs), e -> new HashMap<>())
				.computeIfAbsent(rs.getObject("unit_key", UUID.class), u -> new java.util.ArrayList<>())
				.add(new Attempt(rs.getObject("unit_key", UUID.class), rs.getInt("attempt"), rs.getBigDecimal("percent"), rs.getBoolean("passed"))))
			.list();
		return rows;
	}

	Map<UUID, UnitRow> units(EmployeeId employee) {
		return units.getOrDefault(employee, Map.of());
	}

	Map<UUID, Instant> completions(EmployeeId employee) {
		return completions.getOrDefault(employee, Map.of());
	}

	List<Attempt> attempts(EmployeeId employee, UUID unit) {
		return attempts.getOrDefault(employee, Map.of()).getOrDefault(unit, List.of());
	}

	private static EmployeeId employee(ResultSet rs) throws SQLException {
		return new EmployeeId(rs.getObject("employee_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
