package io.cotrain.training.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.Checkpoint;
import io.cotrain.training.LearningPaths.CheckpointForm;
import io.cotrain.training.LearningPaths.Item;
import io.cotrain.training.LearningPaths.ItemForm;
import io.cotrain.training.LearningPaths.Path;
import io.cotrain.training.LearningPaths.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The learning paths of a programme version: items, prerequisites and checkpoints per role (clerk, cadre). */
@Tag(name = "Learning paths", description = "One path per role per programme version")
@RestController
@RequestMapping("/api/v1/programmes/{id}/versions/{version}/paths")
class PathApiController {

	private final LearningPaths paths;

	PathApiController(LearningPaths paths) {
		this.paths = paths;
	}

	@Operation(summary = "Both paths of the version")
	@GetMapping
	@PreAuthorize(ProgrammeApiController.READ)
	List<Path> list(@PathVariable UUID id, @PathVariable int version) {
		return paths.paths(id, version);
	}

	@GetMapping("/{role}")
	@PreAuthorize(ProgrammeApiController.READ)
	Path get(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role) {
		return paths.path(id, version, role);
	}

	@Operation(summary = "Adds a course or task step to the role's path (draft versions only)")
	@PostMapping("/{role}/items")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ProgrammeApiController.WRITE)
	Item add(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role, @RequestBody ItemForm form) {
		return paths.addItem(id, version, role, form);
	}

	@PutMapping("/{role}/items/{item}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	Item update(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role, @PathVariable UUID item,
			@RequestBody ItemForm form) {
		return paths.updateItem(id, version, role, item, form);
	}

	@DeleteMapping("/{role}/items/{item}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role, @PathVariable UUID item) {
		paths.removeItem(id, version, role, item);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The item may start only when the required item is done (refused if it closes a cycle)")
	@PutMapping("/{role}/items/{item}/requires/{required}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	ResponseEntity<Void> require(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role, @PathVariable UUID item,
			@PathVariable UUID required) {
		paths.addPrerequisite(id, version, role, item, required);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{role}/items/{item}/requires/{required}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	ResponseEntity<Void> unrequire(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role, @PathVariable UUID item,
			@PathVariable UUID required) {
		paths.removePrerequisite(id, version, role, item, required);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{role}/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ProgrammeApiController.WRITE)
	Checkpoint addCheckpoint(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role,
			@RequestBody CheckpointForm form) {
		return paths.addCheckpoint(id, version, role, form);
	}

	@DeleteMapping("/{role}/checkpoints/{checkpoint}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	ResponseEntity<Void> removeCheckpoint(@PathVariable UUID id, @PathVariable int version, @PathVariable Role role,
			@PathVariable UUID checkpoint) {
		paths.removeCheckpoint(id, version, role, checkpoint);
		return ResponseEntity.noContent().build();
	}
}
