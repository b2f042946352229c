/**
 * Competency: the position competency model (competencies with five level descriptors, required levels per
 * position), assessments, KPI definitions and monthly records, work scenarios, and the need analysis that
 * finds each role's competency gaps inside a scenario and proposes the joint training goal.
 * <p>
 * So far this module holds the need-analysis calculation ({@link io.cotrain.competency.NeedAnalysis});
 * its data and API follow (issue 3).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "employee", "tenancy", "shared", "portal" })
package io.cotrain.competency;
