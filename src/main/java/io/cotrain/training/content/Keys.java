package io.cotrain.training.content;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.shared.NotFoundException;
import io.cotrain.training.programme.Drafts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the rows of a programme version by their stable keys (row security hides other tenants' rows, so they are
 * not found), and guards writes with {@link Drafts}.
 */
@Component
class Keys {

	private final JdbcClient jdbc;
	private final Drafts drafts;

	private final CompetencyModel model;

	Keys(JdbcClient jdbc, Drafts drafts, CompetencyModel model) {
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.model = model;
	}

	/** The ids of the tenant's competencies (which courses and tasks may name). */
	Set<UUID> competencies() {
		Set<UUID> ids = new HashSet<>();
		model.competencies().forEach(c -> ids.add(c.id()));
		return ids;
	}

	/** Before a change: the version exists and is a draft (locked until the transaction ends). */
	void requireDraft(UUID programme, int version) {
		drafts.requireDraft(programme, version);
	}

	/** Before a read: the version exists. */
	void requireVersion(UUID programme, int version) {
		boolean exists = jdbc.sql("select count(*) from programme_version where programme_id = :p and version = :v")
			.param("p", programme).param("v", version).query(Integer.class).single() > 0;
		if (!exists) {
			throw new NotFoundException("programme version", programme + "/" + version);
		}
	}

	UUID course(UUID programme, int version, UUID key) {
		return id("select id from course where programme_id = :p and version = :v and key = :k", programme, version, key, "course");
	}

	UUID unit(UUID course, UUID key) {
		return child("course_unit", "course_id", course, key, "course unit");
	}

	UUID question(UUID unit, UUID key) {
		return child("quiz_question", "unit_id", unit, key, "quiz question");
	}

	UUID task(UUID programme, int version, UUID key) {
		return id("select id from task_template where programme_id = :p and version = :v and key = :k", programme, version, key,
				"task template");
	}

	UUID step(UUID task, UUID key) {
		return child("task_step", "task_id", task, key, "task step");
	}

	private UUID id(String sql, UUID programme, int version, UUID key, String subject) {
		return jdbc.sql(sql).param("p", programme).param("v", version).param("k", key).query(UUID.class).optional()
			.orElseThrow(() -> new NotFoundException(subject, key));
	}

	private UUID child(String table, String parentColumn, UUID parent, UUID key, String subject) {
		return jdbc.sql("select id from " + table + " where " + parentColumn + " = :parent and key = :k").param("parent", parent)
			.param("k", key).query(UUID.class).optional().orElseThrow(() -> new NotFoundException(subject, key));
	}
}
