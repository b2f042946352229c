/**
 * Files (issue 5): the one store of uploaded files — in PostgreSQL, so every node sees them — with size, type and
 * checksum checks. Modules keep the ids and serve the files through their own access-checked controllers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "tenancy", "shared" })
package io.cotrain.files;
