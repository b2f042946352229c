package io.cotrain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * CoTrain: collaborative training of clerks and reserve cadres. A modular monolith; see ARCHITECTURE.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CoTrainApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoTrainApplication.class, args);
	}
}
