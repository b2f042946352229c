package io.cotrain.training.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.tenancy.RegionId;
import io.cotrain.training.Programmes;
import io.cotrain.training.Programmes.Programme;
import io.cotrain.training.Programmes.ProgrammeForm;
import io.cotrain.training.Programmes.Version;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Programmes over the API: HR admins (and region admins for their regions) create, edit drafts, publish and close. */
@Tag(name = "Programmes", description = "Collaborative training programmes and their versions")
@RestController
class ProgrammeApiController {

	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String WRITE = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";

	private final Programmes programmes;

	ProgrammeApiController(Programmes programmes) {
		this.programmes = programmes;
	}

	record ProgrammeInput(String code, String name, UUID needId, UUID scenarioId, String jointGoal, LocalDate startsOn,
			LocalDate endsOn, List<UUID> regions, String note) {

		ProgrammeForm form() {
			Set<RegionId> ids = new LinkedHashSet<>();
			if (regions != null) {
				regions.stream().filter(java.util.Objects::nonNull).map(RegionId::new).forEach(ids::add);
			}
			return new ProgrammeForm(code, name, needId, scenarioId, jointGoal, startsOn, endsOn, ids, note);
		}
	}

	record VersionNote(String note) {
	}

	@Operation(summary = "The programmes the caller sees, newest first")
	@GetMapping("/api/v1/programmes")
	@PreAuthorize(READ)
	List<Programme> list() {
		return programmes.list();
	}

	@GetMapping("/api/v1/programmes/{id}")
	@PreAuthorize(READ)
	Programme get(@PathVariable UUID id) {
		return programmes.get(id);
	}

	@Operation(summary = "Every version of a programme, newest first (superseded ones are its history)")
	@GetMapping("/api/v1/programmes/{id}/versions")
	@PreAuthorize(READ)
	List<Version> versions(@PathVariable UUID id) {
		return programmes.versions(id);
	}

	@Operation(summary = "A new draft programme (version 1), e.g. from a saved training need")
	@PostMapping("/api/v1/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITE)
	Programme create(@RequestBody ProgrammeInput in) {
		return programmes.create(in.form());
	}

	@Operation(summary = "Changes the draft version (the code stays)")
	@PutMapping("/api/v1/programmes/{id}")
	@PreAuthorize(WRITE)
	Programme update(@PathVariable UUID id, @RequestBody ProgrammeInput in) {
		return programmes.update(id, in.form());
	}

	@Operation(summary = "A new draft version copied from the published one")
	@PostMapping("/api/v1/programmes/{id}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITE)
	Programme newVersion(@PathVariable UUID id, @RequestBody(required = false) VersionNote in) {
		return programmes.newVersion(id, in == null ? null : in.note());
	}

	@Operation(summary = "Publishes the draft version (the first publish activates the programme)")
	@PostMapping("/api/v1/programmes/{id}/publish")
	@PreAuthorize(WRITE)
	Programme publish(@PathVariable UUID id) {
		return programmes.publish(id);
	}

	@Operation(summary = "Closes an active programme")
	@PostMapping("/api/v1/programmes/{id}/close")
	@PreAuthorize(WRITE)
	Programme close(@PathVariable UUID id) {
		return programmes.close(id);
	}
}
