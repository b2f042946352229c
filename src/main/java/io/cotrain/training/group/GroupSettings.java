package io.cotrain.training.group;

import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.Setting;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The numbers of group formation and mentor matching (ARCHITECTURE.md, "Collaboration groups"): the group size, the
 * points of each reason a clerk and a cadre fit together, whether a group may span regions, and the mentors' capacity
 * and points. Per tenant; the mentor capacity may also differ per region (the mentor's region counts).
 */
@Configuration(proxyBeanMethods = false)
public class GroupSettings {

	/** k: a group is one cadre and 1..k clerks (k = 1 is the seed's pair). */
	public static final Setting<Integer> CLERKS_PER_CADRE = Setting.integer("training.group.clerks-per-cadre", 2, 1, 10, false);

	/** Points when clerk and cadre share a SCENARIO tag (once, however many they share). */
	public static final Setting<Integer> SCENARIO_POINTS = Setting.integer("training.group.points.scenario", 4, 0, 100, false);

	/** Points when clerk and cadre work in the same region. */
	public static final Setting<Integer> REGION_POINTS = Setting.integer("training.group.points.region", 3, 0, 100, false);

	/** Points when both belong to the same org unit. */
	public static final Setting<Integer> SAME_UNIT_POINTS = Setting.integer("training.group.points.same-unit", 3, 0, 100, false);

	/** Points when one's unit is the other's parent or both units have the same parent (and the units differ). */
	public static final Setting<Integer> SAME_PARENT_POINTS = Setting.integer("training.group.points.same-parent", 2, 0, 100, false);

	/** Points when the units are only in the same tree (the same company). */
	public static final Setting<Integer> SAME_COMPANY_POINTS = Setting.integer("training.group.points.same-company", 1, 0, 100, false);

	/** Points per AVAILABILITY tag both have (e.g. both can study in the evening). */
	public static final Setting<Integer> AVAILABILITY_POINTS = Setting.integer("training.group.points.availability", 1, 0, 100, false);

	/** Whether a clerk and a cadre of different regions may form a group (then without the region points). */
	public static final Setting<Boolean> CROSS_REGION = Setting.flag("training.group.cross-region", false, false);

	/** Mentees a mentor takes at most, over all programmes that are not closed; the mentor's region's value. */
	public static final Setting<Integer> MENTOR_CAPACITY = Setting.integer("training.mentor.capacity", 6, 1, 100, true);

	/** Points when the mentor is the mentee's own line manager. */
	public static final Setting<Integer> LINE_MANAGER_POINTS = Setting.integer("training.mentor.points.line-manager", 3, 0, 100, false);

	/** Points per MENTOR_SPECIALTY tag of the mentor named like a SCENARIO or SKILL tag of the mentee. */
	public static final Setting<Integer> SPECIALTY_POINTS = Setting.integer("training.mentor.points.specialty", 1, 0, 100, false);

	/** The rules in force for the current tenant. */
	public static GroupRules rules(TenantSettings settings) {
		return new GroupRules(settings.get(CLERKS_PER_CADRE), settings.get(SCENARIO_POINTS), settings.get(REGION_POINTS),
				settings.get(SAME_UNIT_POINTS), settings.get(SAME_PARENT_POINTS), settings.get(SAME_COMPANY_POINTS),
				settings.get(AVAILABILITY_POINTS), settings.get(CROSS_REGION), settings.get(LINE_MANAGER_POINTS),
				settings.get(SPECIALTY_POINTS));
	}

	/** The capacity of a mentor working in {@code region}. */
	public static int mentorCapacity(TenantSettings settings, RegionId region) {
		return settings.get(MENTOR_CAPACITY, region);
	}

	@Bean
	Setting<Integer> trainingGroupClerksPerCadre() {
		return CLERKS_PER_CADRE;
	}

	@Bean
	Setting<Integer> trainingGroupScenarioPoints() {
		return SCENARIO_POINTS;
	}

	@Bean
	Setting<Integer> trainingGroupRegionPoints() {
		return REGION_POINTS;
	}

	@Bean
	Setting<Integer> trainingGroupSameUnitPoints() {
		return SAME_UNIT_POINTS;
	}

	@Bean
	Setting<Integer> trainingGroupSameParentPoints() {
		return SAME_PARENT_POINTS;
	}

	@Bean
	Setting<Integer> trainingGroupSameCompanyPoints() {
		return SAME_COMPANY_POINTS;
	}

	@Bean
	Setting<Integer> trainingGroupAvailabilityPoints() {
		return AVAILABILITY_POINTS;
	}

	@Bean
	Setting<Boolean> trainingGroupCrossRegion() {
		return CROSS_REGION;
	}

	@Bean
	Setting<Integer> trainingMentorCapacity() {
		return MENTOR_CAPACITY;
	}

	@Bean
	Setting<Integer> trainingMentorLineManagerPoints() {
		return LINE_MANAGER_POINTS;
	}

	@Bean
	Setting<Integer> trainingMentorSpecialtyPoints() {
		return SPECIALTY_POINTS;
	}
}
