package io.cotrain.training.group;

/**
 * The rules of group formation and mentor matching in force (from {@link GroupSettings}); a plain value so the
 * algorithms run without Spring.
 *
 * @param clerksPerCadre k, the most clerks of a group
 * @param crossRegion whether clerk and cadre may work in different regions
 */
public record GroupRules(int clerksPerCadre, int scenarioPoints, int regionPoints, int sameUnitPoints, int sameParentPoints,
		int sameCompanyPoints, int availabilityPoints, boolean crossRegion, int lineManagerPoints, int specialtyPoints) {

	public GroupRules {
		if (clerksPerCadre < 1) {
			throw new IllegalArgumentException("clerksPerCadre must be at least 1");
		}
	}

	/** The defaults of {@link GroupSettings} with another k. */
	public static GroupRules defaults(int clerksPerCadre) {
		return new GroupRules(clerksPerCadre, GroupSettings.SCENARIO_POINTS.defaultValue(), GroupSettings.REGION_POINTS.defaultValue(),
				GroupSettings.SAME_UNIT_POINTS.defaultValue(), GroupSettings.SAME_PARENT_POINTS.defaultValue(),
				GroupSettings.SAME_COMPANY_POINTS.defaultValue(), GroupSettings.AVAILABILITY_POINTS.defaultValue(),
				GroupSettings.CROSS_REGION.defaultValue(), GroupSettings.LINE_MANAGER_POINTS.defaultValue(),
				GroupSettings.SPECIALTY_POINTS.defaultValue());
	}

	public GroupRules withCrossRegion(boolean allowed) {
		return new GroupRules(clerksPerCadre, scenarioPoints, regionPoints, sameUnitPoints, sameParentPoints, sameCompanyPoints,
				availabilityPoints, allowed, lineManagerPoints, specialtyPoints);
	}
}
