package io.cotrain.employee;

/** What a position is for; training treats clerks and cadres as the two learner roles. */
public enum RoleType {
	CLERK, CADRE, SUPERVISOR, MANAGER, HR, OTHER
}
