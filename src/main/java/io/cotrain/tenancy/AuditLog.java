package io.cotrain.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who changed what and when, append-only and per tenant. Modules record changes to attendance, hours and
 * accounts here, inside the transaction that makes the change, so the entry exists exactly when the change does.
 */
public interface AuditLog {

	/**
	 * @param action what happened, e.g. {@code ACCOUNT_CREATED}
	 * @param subjectType the kind of thing changed, e.g. {@code account}
	 * @param subjectId its id
	 * @param details what changed (old and new values); serialised as JSON
	 */
	void record(String action, String subjectType, Object subjectId, Map<String, ?> details);

	/** Several entries in one round trip to the database (imports), as {@link #record} would write each. */
	void recordAll(List<Event> events);

	/** Newest first; filters may be null. */
	Page search(String subjectType, String action, String actor, int page, int size);

	/** One change to record; the parameters are those of {@link AuditLog#record}. */
	record Event(String action, String subjectType, Object subjectId, Map<String, ?> details) {
	}

	record Entry(Instant occurredAt, String actor, String action, String subjectType, String subjectId, String details,
			String remoteAddr) {
	}

	record Page(List<Entry> entries, int page, int size, long total) {
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}
}
