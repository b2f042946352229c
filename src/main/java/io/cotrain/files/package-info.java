/**
 * Files (issue 5): the one store of uploaded files — in PostgreSQL, so every node sees them — with size, type and
 * checksum checks ({@link io.cotrain.files.FileStore}). It has no pages or endpoints: modules (training's materials,
 * later task evidence) keep the ids and serve the files through their own access-checked controllers with
 * {@link io.cotrain.files.FileResponses}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "tenancy", "shared" })
package io.cotrain.files;
