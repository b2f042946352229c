package io.cotrain.training;

import java.math.BigDecimal;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The defaults of collaborative task templates (DOMAIN.md §3.6), changeable per tenant: the credit hours a new step
 * gets for its role when the form names none, and the grace period a new task gets.
 */
@Configuration(proxyBeanMethods = false)
public class ContentSettings {

	/** Hours after a step's due time before the joint hours are at risk for the whole group. */
	public static final Setting<Integer> GRACE_HOURS = Setting.integer("training.task.grace-hours", 24, 0, 720, false);

	/** A clerk's step, e.g. "enter 10 simulated orders". */
	public static final Setting<BigDecimal> CLERK_STEP_HOURS = Setting.decimal("training.task.clerk-step-hours", "2", "0.01",
			"999.99", false);

	/** A cadre's step, e.g. "optimise the process from that data". */
	public static final Setting<BigDecimal> CADRE_STEP_HOURS = Setting.decimal("training.task.cadre-step-hours", "3", "0.01",
			"999.99", false);

	/** A joint step, e.g. "submit the process-optimisation report" (each member gets them). */
	public static final Setting<BigDecimal> JOINT_STEP_HOURS = Setting.decimal("training.task.joint-step-hours", "1", "0.01",
			"999.99", false);

	/** The default hours of a step for {@code role}. */
	public static Setting<BigDecimal> stepHours(Audience role) {
		return switch (role) {
			case CLERK -> CLERK_STEP_HOURS;
			case CADRE -> CADRE_STEP_HOURS;
			case JOINT -> JOINT_STEP_HOURS;
		};
	}

	@Bean
	Setting<Integer> trainingTaskGraceHours() {
		return GRACE_HOURS;
	}

	@Bean
	Setting<BigDecimal> trainingClerkStepHours() {
		return CLERK_STEP_HOURS;
	}

	@Bean
	Setting<BigDecimal> trainingCadreStepHours() {
		return CADRE_STEP_HOURS;
	}

	@Bean
	Setting<BigDecimal> trainingJointStepHours() {
		return JOINT_STEP_HOURS;
	}
}
