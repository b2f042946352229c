package io.cotrain.employee;

/** Kinds of employee tags; they drive filtering now and mentor/material matching later. */
public enum TagType {
	SKILL, SCENARIO, AVAILABILITY, MENTOR_SPECIALTY, FREE
}
