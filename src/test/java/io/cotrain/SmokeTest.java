package io.cotrain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CoTrainTest
class SmokeTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void startsWithTheTestClock() {
		assertThat(port).isPositive();
		assertThat(clock.instant()).isNotNull();
	}
}
