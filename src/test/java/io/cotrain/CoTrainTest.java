package io.cotrain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one full-application test configuration: the real application on a random port, against the test
 * database, with a {@link MutableClock}. Every integration test uses exactly this, so the suite starts one
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CoTrainTest.ClockConfiguration.class)
public @interface CoTrainTest {

	@TestConfiguration(proxyBeanMethods = false)
	class ClockConfiguration {
		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}
	}
}
