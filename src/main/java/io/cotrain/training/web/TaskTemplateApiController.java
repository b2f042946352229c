package io.cotrain.training.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.training.TaskTemplates;
import io.cotrain.training.TaskTemplates.Step;
import io.cotrain.training.TaskTemplates.StepForm;
import io.cotrain.training.TaskTemplates.Task;
import io.cotrain.training.TaskTemplates.TaskForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
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

@Tag(name = "Programme task templates", description = "Collaborative task templates of a programme version with steps "
		+ "and step dependencies, addressed by their keys (the same in every version); changes in a DRAFT version only")
@RestController
@RequestMapping("/api/v1/programmes/{id}/versions/{version}/tasks")
class TaskTemplateApiController {

	private final TaskTemplates tasks;

	TaskTemplateApiController(TaskTemplates tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@PreAuthorize(ContentAccess.READ)
	List<Task> list(@PathVariable UUID id, @PathVariable int version) {
		return tasks.list(id, version);
	}

	@Operation(summary = "Create a task template; graceHours defaults to the tenant's setting training.task.grace-hours")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ContentAccess.WRITE)
	Task create(@PathVariable UUID id, @PathVariable int version, @RequestBody TaskForm in) {
		return tasks.create(id, version, in);
	}

	@Operation(summary = "Reorder the task templates: {keys: every task key once, in the new order}")
	@PutMapping("/order")
	@PreAuthorize(ContentAccess.WRITE)
	List<Task> reorder(@PathVariable UUID id, @PathVariable int version, @RequestBody ContentAccess.Order in) {
		return tasks.reorder(id, version, in.keys());
	}

	@GetMapping("/{task}")
	@PreAuthorize(ContentAccess.READ)
	Task get(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task) {
		return tasks.get(id, version, task);
	}

	@PutMapping("/{task}")
	@PreAuthorize(ContentAccess.WRITE)
	Task update(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @RequestBody TaskForm in) {
		return tasks.update(id, version, task, in);
	}

	@DeleteMapping("/{task}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ContentAccess.WRITE)
	void delete(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task) {
		tasks.delete(id, version, task);
	}

	@Operation(summary = "Add a step; creditHours defaults to the tenant's setting for the role (training.task.*-step-hours)")
	@PostMapping("/{task}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ContentAccess.WRITE)
	Step addStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @RequestBody StepForm in) {
		return tasks.addStep(id, version, task, in);
	}

	@Operation(summary = "Reorder the task's steps: {keys: every step key once, in the new order}")
	@PutMapping("/{task}/steps/order")
	@PreAuthorize(ContentAccess.WRITE)
	List<Step> reorderSteps(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task,
			@RequestBody ContentAccess.Order in) {
		return tasks.reorderSteps(id, version, task, in.keys());
	}

	@PutMapping("/{task}/steps/{step}")
	@PreAuthorize(ContentAccess.WRITE)
	Step updateStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@RequestBody StepForm in) {
		return tasks.updateStep(id, version, task, step, in);
	}

	@DeleteMapping("/{task}/steps/{step}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ContentAccess.WRITE)
	void deleteStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step) {
		tasks.deleteStep(id, version, task, step);
	}

	@Operation(summary = "Make the step require another step of the task (idempotent); a dependency cycle is refused (422)")
	@PutMapping("/{task}/steps/{step}/requires/{required}")
	@PreAuthorize(ContentAccess.WRITE)
	Step require(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@PathVariable UUID required) {
		return tasks.require(id, version, task, step, required);
	}

	@Operation(summary = "Remove the dependency (idempotent)")
	@DeleteMapping("/{task}/steps/{step}/requires/{required}")
	@PreAuthorize(ContentAccess.WRITE)
	Step unrequire(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@PathVariable UUID required) {
		return tasks.unrequire(id, version, task, step, required);
	}
}
