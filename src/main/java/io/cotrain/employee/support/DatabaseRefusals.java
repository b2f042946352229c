package io.cotrain.employee.support;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.cotrain.shared.RuleViolationException;

/**
 * Turns what PostgreSQL refuses into field errors: a unique constraint (a duplicate the caller's region scope
 * could not see beforehand) or the row-security check (a write outside the scope's regions).
 */
public final class DatabaseRefusals {

	private static final String UNIQUE_VIOLATION = "23505";
	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private DatabaseRefusals() {
	}

	/**
	 * Runs {@code write} (which must flush) and translates refusals.
	 *
	 * @param uniqueFields constraint name → the field it guards, with message key {@code validation.duplicate}
	 * @param rowSecurityField the field a row-security refusal is reported at
	 */
	public static <T> T translate(Supplier<T> write, Map<String, String> uniqueFields, String rowSecurityField) {
		try {
			return write.get();
		}
		catch (RuntimeException e) {
			Optional<SQLException> sql = sqlCause(e);
			if (sql.isEmpty()) {
				throw e;
			}
			String state = sql.get().getSQLState();
			String message = String.valueOf(sql.get().getMessage());
			if (UNIQUE_VIOLATION.equals(state)) {
				for (Map.Entry<String, String> unique : uniqueFields.entrySet()) {
					if (message.contains(unique.getKey())) {
						throw RuleViolationException.of(unique.getValue(), "validation.duplicate");
					}
				}
			}
			if (INSUFFICIENT_PRIVILEGE.equals(state) && message.contains("row-level security") && rowSecurityField != null) {
				throw RuleViolationException.of(rowSecurityField, "validation.employee.region");
			}
			throw e;
		}
	}

	private static Optional<SQLException> sqlCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				return Optional.of(sql);
			}
		}
		return Optional.empty();
	}
}
