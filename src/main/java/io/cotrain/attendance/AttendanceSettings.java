package io.cotrain.attendance;

import java.time.Duration;

import io.cotrain.tenancy.Setting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The numbers of check-in (DOMAIN.md §3.5), each a tenant setting a region may override; a session may have its own
 * window, joint rule and methods ({@code checkin_policy}), else these apply.
 */
@Configuration(proxyBeanMethods = false)
public class AttendanceSettings {

	/** The check-in window opens this long before the session starts. */
	public static final Setting<Duration> OPENS_BEFORE = Setting.duration("attendance.window.opens-before", Duration.ofMinutes(15),
			Duration.ZERO, Duration.ofHours(4), true);

	/** The window closes this long after the start. */
	public static final Setting<Duration> CLOSES_AFTER = Setting.duration("attendance.window.closes-after", Duration.ofMinutes(15),
			Duration.ZERO, Duration.ofHours(8), true);

	/** A check-in later than the start plus this is LATE. */
	public static final Setting<Duration> LATE_AFTER = Setting.duration("attendance.window.late-after", Duration.ofMinutes(5),
			Duration.ZERO, Duration.ofHours(4), true);

	/** A group is jointly present when all its members checked in within this of each other. */
	public static final Setting<Duration> JOINT_WITHIN = Setting.duration("attendance.joint.within", Duration.ofMinutes(10),
			Duration.ofMinutes(1), Duration.ofHours(4), true);

	/** The QR code on the session screen changes every so many seconds. */
	public static final Setting<Integer> QR_STEP_SECONDS = Setting.integer("attendance.qr.step-seconds", 15, 5, 120, false);

	/** Corrections (补卡) an employee may request per calendar month (in the employee's region zone). */
	public static final Setting<Integer> CORRECTIONS_PER_MONTH = Setting.integer("attendance.correction.monthly-limit", 3, 0, 31, true);

	/** Whether terminal snapshots (face photos) are kept as evidence, for employees who consented (PIPL); off by default. */
	public static final Setting<Boolean> SNAPSHOTS = Setting.flag("attendance.snapshots.enabled", false, false);

	/** How long a kept snapshot lives before it is deleted. */
	public static final Setting<Duration> SNAPSHOT_RETENTION = Setting.duration("attendance.snapshots.retention", Duration.ofDays(30),
			Duration.ofDays(1), Duration.ofDays(365), false);

	/** ZKTeco devices get the members of the face-check-in sessions starting within this (DATA UPDATE USERINFO). */
	public static final Setting<Duration> TERMINAL_PUSH_AHEAD = Setting.duration("attendance.terminal.push-ahead", Duration.ofDays(7),
			Duration.ofDays(1), Duration.ofDays(90), true);

	@Bean
	Setting<Duration> attendanceTerminalPushAhead() {
		return TERMINAL_PUSH_AHEAD;
	}

	@Bean
	Setting<Duration> attendanceOpensBefore() {
		return OPENS_BEFORE;
	}

	@Bean
	Setting<Duration> attendanceClosesAfter() {
		return CLOSES_AFTER;
	}

	@Bean
	Setting<Duration> attendanceLateAfter() {
		return LATE_AFTER;
	}

	@Bean
	Setting<Duration> attendanceJointWithin() {
		return JOINT_WITHIN;
	}

	@Bean
	Setting<Integer> attendanceQrStepSeconds() {
		return QR_STEP_SECONDS;
	}

	@Bean
	Setting<Integer> attendanceCorrectionsPerMonth() {
		return CORRECTIONS_PER_MONTH;
	}

	@Bean
	Setting<Boolean> attendanceSnapshots() {
		return SNAPSHOTS;
	}

	@Bean
	Setting<Duration> attendanceSnapshotRetention() {
		return SNAPSHOT_RETENTION;
	}
}
