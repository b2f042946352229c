package io.cotrain.training.content;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one ordered list (the courses of a version, the units of a course…): where a new one goes and how the
 * list is reordered. {@code table} and {@code where} are constants of this package, never input.
 */
record Siblings(JdbcClient jdbc, String table, String where, Map<String, ?> params) {

	/** The position after the last one. */
	int next() {
		return jdbc.sql("select coalesce(max(position) + 1, 0) from " + table + " where " + where).params(params)
			.query(Integer.class).single();
	}

	List<UUID> keys() {
		return jdbc.sql("select key from " + table + " where " + where + " order by position").params(params)
			.query(UUID.class).list();
	}

	/** Positions 0, 1, … in the order given, which must name every key once ({@code training.order}). */
	void reorder(List<UUID> order) {
		ContentChecks.requirePermutation(keys(), order);
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update " + table + " set position = :position where " + where + " and key = :key").params(params)
				.param("position", i).param("key", order.get(i)).update();
		}
	}
}
