package io.cotrain.training.programme;

import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Only a draft version can be edited: content services call {@link #requireDraft} (in their transaction, in the
 * tenant's scope) before they change rows of a version. It locks the version row, so a concurrent publish waits.
 */
@Component
public class Drafts {

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws NotFoundException when the tenant has no such programme version
	 * @throws RuleViolationException ({@code training.programme.notDraft}) when the version is published or superseded
	 */
	public void requireDraft(UUID programme, int version) {
		String status = jdbc.sql("select status from programme_version where programme_id = :p and version = :v for update")
			.param("p", programme).param("v", version).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("programme version", programme + "/" + version));
		if (!"DRAFT".equals(status)) {
			throw RuleViolationException.of(null, "training.programme.notDraft");
		}
	}

	/** The programme's draft version, or the exception {@link #requireDraft} throws. */
	public int draftOf(UUID programme) {
		return jdbc.sql("select version from programme_version where programme_id = :p and status = 'DRAFT'")
			.param("p", programme).query(Integer.class).optional()
			.orElseThrow(() -> RuleViolationException.of(null, "training.programme.noDraft"));
	}
}
