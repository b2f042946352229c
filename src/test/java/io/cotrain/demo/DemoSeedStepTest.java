package io.cotrain.demo;

import java.time.Instant;
import java.util.List;

import io.cotrain.CoTrainTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seed records each step it ran in demo_seed, and a recorded step is not run again. */
@CoTrainTest
class DemoSeedStepTest {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	DemoData demoData;

	private List<Instant> seededAt(String step) {
		return jdbc.sql("select seeded_at from demo_seed where step = :step").param("step", step)
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
	}

	@Test
	void theFoundationStepIsRecordedOnceAndNotRunAgain() {
		assertThat(jdbc.sql("select step from demo_seed").query(String.class).list()).contains("2-foundation");
		List<Instant> before = seededAt("2-foundation");
		assertThat(before).hasSize(1);

		demoData.afterSingletonsInstantiated();

		assertThat(seededAt("2-foundation")).as("the recorded step was skipped").isEqualTo(before);
	}
}
