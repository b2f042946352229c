/**
 * Collaborative training (issue 5): programmes (协同培训项目) with a joint goal from a saved training need, versioned
 * once active; their courses (audience CLERK / CADRE / JOINT, mode ONLINE / LIVE / OFFLINE, units, quizzes),
 * collaborative task templates, one learning path per role, occurrences of the joint live and offline courses;
 * collaboration groups (one cadre, 1..k clerks) with dual mentors, formed by an optimal assignment; enrolment,
 * earned progress and progress sync between the members of a group.
 * <p>
 * Versioning: a programme has one id for life and numbered versions ({@code programme_version}); content rows belong to
 * a version and carry a {@code key} that stays the same in every version (a new version copies the rows with their
 * keys), so progress, which refers to keys, survives a new version.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
		allowedDependencies = { "employee", "competency", "tenancy", "shared", "portal", "spreadsheet", "notification", "files",
				"runtime" })
package io.cotrain.training;
