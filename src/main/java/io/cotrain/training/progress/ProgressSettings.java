package io.cotrain.training.progress;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How reading time is counted: the learner's page sends a heartbeat every {@link #HEARTBEAT_SECONDS} while a unit is
 * open and visible; the server counts the time since the previous heartbeat, but never more than
 * {@link #MAX_GAP_SECONDS} for one beat (a closed laptop or a background tab earns nothing).
 */
@Configuration(proxyBeanMethods = false)
public class ProgressSettings {

	public static final Setting<Integer> HEARTBEAT_SECONDS = Setting.integer("training.progress.heartbeat-seconds", 15, 5, 300, false);

	public static final Setting<Integer> MAX_GAP_SECONDS = Setting.integer("training.progress.max-gap-seconds", 45, 5, 900, false);

	@Bean
	Setting<Integer> trainingProgressHeartbeatSeconds() {
		return HEARTBEAT_SECONDS;
	}

	@Bean
	Setting<Integer> trainingProgressMaxGapSeconds() {
		return MAX_GAP_SECONDS;
	}
}
