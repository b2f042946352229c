package io.cotrain.training.group;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme with one draft version in the given regions, written with SQL in the caller's tenant scope (the
 * programme service is another package's; the groups need only the rows).
 */
final class TestProgrammes {

	private TestProgrammes() {
	}

	static UUID create(JdbcClient jdbc, String code, RegionId... regions) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
		jdbc.sql("insert into programme (id, code, name, status, created_at, created_by) values (:id, :code, :code, 'DRAFT', :at, 'test')")
			.param("id", id).param("code", code).param("at", now).update();
		jdbc.sql("""
				insert into programme_version (programme_id, version, status, name, joint_goal, starts_on, ends_on, created_at, created_by)
				values (:id, 1, 'DRAFT', :code, 'goal', :from, :to, :at, 'test')""")
			.param("id", id).param("code", code).param("from", LocalDate.of(2026, 2, 1)).param("to", LocalDate.of(2026, 4, 30))
			.param("at", now).update();
		for (RegionId region : regions) {
			jdbc.sql("insert into programme_region (programme_id, version, region_id) values (:id, 1, :r)").param("id", id)
				.param("r", region.value()).update();
		}
		return id;
	}
}
