/**
 * Employee: the organisation (org units as a tree, positions with a role type and grade), employees with
 * their effective-dated assignments (region, org unit, position, line manager — history is kept, nothing is
 * overwritten), typed tags, the employee archive page with its extension point {@link ArchiveSection}, and
 * Excel/CSV import and export. Employees are region-owned rows: region admins see only their regions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "tenancy", "shared", "portal", "runtime", "spreadsheet" })
package io.cotrain.employee;
