/**
 * Competency: the position competency model (competencies with five level descriptors, required levels per
 * position), assessments, KPI definitions and monthly records, work scenarios, and the need analysis that
 * finds each role's competency gaps inside a scenario and proposes the joint training goal.
 * <p>
 * Public face: {@link io.cotrain.competency.CompetencyModel}, {@link io.cotrain.competency.Performance},
 * {@link io.cotrain.competency.Scenarios}, the files of assessments and KPI records
 * {@link io.cotrain.competency.CompetencyFiles} and the calculation {@link io.cotrain.competency.NeedAnalysis}; the
 * tables (migration {@code V3_1__competency.sql}, all tenant-owned with row security) are read and written in
 * plain SQL by the internal {@code model} package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "employee", "tenancy", "shared", "portal", "spreadsheet" })
package io.cotrain.competency;
