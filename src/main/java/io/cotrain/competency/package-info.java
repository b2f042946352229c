/**
 * Competency: the position competency model (competencies with five level descriptors, required levels per
 * position), assessments, KPI definitions and monthly records, work scenarios, and the need analysis that
 * finds each role's competency gaps inside a scenario and proposes the joint training goal.
 * <p>
 * Public face: {@link io.cotrain.competency.CompetencyModel}, {@link io.cotrain.competency.Performance},
 * {@link io.cotrain.competency.Scenarios}, the files of assessments and KPI records
 * {@link io.cotrain.competency.CompetencyFiles} and the calculation {@link io.cotrain.competency.NeedAnalysis}; the
 * tables (migration {@code V3_1__competency.sql}, all tenant-owned with row security) are read and written in
 * plain SQL by the internal {@code model} package. Employees with a login are told in their inbox when someone else
 * records a mentor's or a test's assessment or a KPI value for them (templates {@code competency.assessmentRecorded},
 * {@code competency.kpiRecorded}), inside the recording transaction and only when the stored level or value changed.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "employee", "tenancy", "shared", "portal", "spreadsheet", "notification" })
package io.cotrain.competency;
