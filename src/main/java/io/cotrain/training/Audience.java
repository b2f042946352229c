package io.cotrain.training;

/** Whom a course or a task step is for: the clerk (文员), the reserve cadre (储干), or both together (协同). */
public enum Audience {
	CLERK, CADRE, JOINT
}
