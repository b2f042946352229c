/**
 * Spreadsheet: how HR data comes in from Excel and CSV files and goes out to them, without ever corrupting
 * what is there. A {@link io.cotrain.spreadsheet.SpreadsheetSchema} of typed {@link io.cotrain.spreadsheet.Column}s
 * (Chinese and English headers and aliases) is read from an xlsx or csv file into an
 * {@link io.cotrain.spreadsheet.ImportPreview} that collects every problem with its row number;
 * the owning module adds its own checks, keeps the preview in {@link io.cotrain.spreadsheet.ImportPreviews}
 * (tenant-owned, one hour) and applies it all or nothing with the token. {@link io.cotrain.spreadsheet.Spreadsheets}
 * also writes exports (typed cells, formula injection neutralised) and templates with a help sheet.
 * The module knows no business data; employee, organisation, competency and KPI modules use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package io.cotrain.spreadsheet;
