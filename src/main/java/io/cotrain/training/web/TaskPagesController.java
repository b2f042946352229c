package io.cotrain.training.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Audience;
import io.cotrain.training.TaskTemplates;
import io.cotrain.training.TaskTemplates.EvidenceKind;
import io.cotrain.training.TaskTemplates.Step;
import io.cotrain.training.TaskTemplates.Task;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static io.cotrain.training.web.VersionPages.act;
import static io.cotrain.training.web.VersionPages.base;

/**
 * HR's pages for the collaborative task templates of a programme version: the list with a new-task form, a task with
 * its steps by role, and a step with its dependencies on the task's other steps. Read-only unless a DRAFT.
 */
@Controller
@RequestMapping("/programmes/{id}/versions/{version}/tasks")
@PreAuthorize(ContentAccess.READ)
class TaskPagesController {

	private static final Set<Role> WRITERS = Set.of(Role.HR_ADMIN);
	private static final Set<String> TASK_FIELDS = Set.of("code", "titleZh", "titleEn", "description", "graceHours", "competencyIds");
	private static final Set<String> STEP_FIELDS = Set.of("role", "title", "description", "creditHours", "evidence", "dueOffsetDays");

	private final TaskTemplates tasks;
	private final CompetencyModel competencies;
	private final VersionPages pages;

	TaskPagesController(TaskTemplates tasks, CompetencyModel competencies, VersionPages pages) {
		this.tasks = tasks;
		this.competencies = competencies;
		this.pages = pages;
	}

	record TaskInput(String code, String titleZh, String titleEn, String description, Integer graceHours, List<UUID> competencyIds) {

		static TaskInput of(Task t) {
			return new TaskInput(t.code(), t.titleZh(), t.titleEn(), t.description(), t.graceHours(), t.competencyIds());
		}

		TaskTemplates.TaskForm form() {
			return new TaskTemplates.TaskForm(code, titleZh, titleEn, description, graceHours,
					competencyIds == null ? List.of() : competencyIds);
		}
	}

	record StepInput(Audience role, String title, String description, BigDecimal creditHours, Set<EvidenceKind> evidence,
			Integer dueOffsetDays) {

		static StepInput empty() {
			return new StepInput(Audience.CLERK, "", "", null, Set.of(EvidenceKind.TEXT), 0);
		}

		static StepInput of(Step s) {
			return new StepInput(s.role(), s.title(), s.description(), s.creditHours(), s.evidence(), s.dueOffsetDays());
		}

		TaskTemplates.StepForm form() {
			return new TaskTemplates.StepForm(role, title, description, creditHours, evidence == null ? Set.of() : evidence,
					dueOffsetDays);
		}
	}

	/** @param requires the key of the step to add as a prerequisite */
	record DependencyInput(UUID requires) {
	}

	@GetMapping
	@PreAuthorize(ContentAccess.READ)
	String list(@PathVariable UUID id, @PathVariable int version, Model model) {
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", new TaskInput("", "", "", "", null, List.of()));
		}
		return listPage(id, version, model);
	}

	@PostMapping
	@PreAuthorize(ContentAccess.WRITE)
	String create(@PathVariable UUID id, @PathVariable int version, @ModelAttribute("taskForm") TaskInput form, BindingResult result,
			Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				Task task = tasks.create(id, version, form.form());
				flash.addFlashAttribute("done", "training.page.done.created");
				return "redirect:" + base(id, version) + "/tasks/" + task.key();
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, TASK_FIELDS);
			}
		}
		return listPage(id, version, model);
	}

	@PostMapping("/{task}/move")
	@PreAuthorize(ContentAccess.WRITE)
	String moveTask(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task,
			@RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		tasks.get(id, version, task);
		List<UUID> keys = tasks.list(id, version).stream().map(Task::key).toList();
		act(flash, () -> tasks.reorder(id, version, VersionPages.moved(keys, task, VersionPages.direction(direction))));
		return "redirect:" + base(id, version) + "/tasks";
	}

	@GetMapping("/{task}")
	@PreAuthorize(ContentAccess.READ)
	String show(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, Model model) {
		Task shown = tasks.get(id, version, task);
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskInput.of(shown));
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepInput.empty());
		}
		return taskPage(id, version, shown, model);
	}

	@PostMapping("/{task}")
	@PreAuthorize(ContentAccess.WRITE)
	String update(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @ModelAttribute("taskForm") TaskInput form,
			BindingResult result, Model model, RedirectAttributes flash) {
		Task shown = tasks.get(id, version, task);
		if (!result.hasErrors()) {
			try {
				tasks.update(id, version, task, form.form());
				flash.addFlashAttribute("done", "training.page.done.saved");
				return "redirect:" + base(id, version) + "/tasks/" + task;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, TASK_FIELDS);
			}
		}
		model.addAttribute("stepForm", StepInput.empty());
		return taskPage(id, version, shown, model);
	}

	@PostMapping("/{task}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String delete(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, RedirectAttributes flash) {
		tasks.get(id, version, task);
		if (act(flash, () -> tasks.delete(id, version, task))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
			return "redirect:" + base(id, version) + "/tasks";
		}
		return "redirect:" + base(id, version) + "/tasks/" + task;
	}

	@PostMapping("/{task}/steps")
	@PreAuthorize(ContentAccess.WRITE)
	String addStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @ModelAttribute("stepForm") StepInput form,
			BindingResult result, Model model, RedirectAttributes flash) {
		Task shown = tasks.get(id, version, task);
		if (!result.hasErrors()) {
			try {
				tasks.addStep(id, version, task, form.form());
				flash.addFlashAttribute("done", "training.page.done.created");
				return "redirect:" + base(id, version) + "/tasks/" + task;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, STEP_FIELDS);
			}
		}
		model.addAttribute("taskForm", TaskInput.of(shown));
		return taskPage(id, version, shown, model);
	}

	@PostMapping("/{task}/steps/{step}/move")
	@PreAuthorize(ContentAccess.WRITE)
	String moveStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		Task shown = tasks.get(id, version, task);
		step(shown, step);
		List<UUID> keys = shown.steps().stream().map(Step::key).toList();
		act(flash, () -> tasks.reorderSteps(id, version, task, VersionPages.moved(keys, step, VersionPages.direction(direction))));
		return "redirect:" + base(id, version) + "/tasks/" + task;
	}

	@GetMapping("/{task}/steps/{step}")
	@PreAuthorize(ContentAccess.READ)
	String step(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step, Model model) {
		Task shown = tasks.get(id, version, task);
		Step found = step(shown, step);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepInput.of(found));
		}
		if (!model.containsAttribute("dependencyForm")) {
			model.addAttribute("dependencyForm", new DependencyInput(null));
		}
		return stepPage(id, version, shown, found, model);
	}

	@PostMapping("/{task}/steps/{step}")
	@PreAuthorize(ContentAccess.WRITE)
	String updateStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@ModelAttribute("stepForm") StepInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Task shown = tasks.get(id, version, task);
		Step found = step(shown, step);
		if (!result.hasErrors()) {
			try {
				tasks.updateStep(id, version, task, step, form.form());
				flash.addFlashAttribute("done", "training.page.done.saved");
				return "redirect:" + base(id, version) + "/tasks/" + task + "/steps/" + step;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, STEP_FIELDS);
			}
		}
		model.addAttribute("dependencyForm", new DependencyInput(null));
		return stepPage(id, version, shown, found, model);
	}

	@PostMapping("/{task}/steps/{step}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String deleteStep(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			RedirectAttributes flash) {
		step(tasks.get(id, version, task), step);
		if (act(flash, () -> tasks.deleteStep(id, version, task, step))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
		}
		return "redirect:" + base(id, version) + "/tasks/" + task;
	}

	@PostMapping("/{task}/steps/{step}/requires")
	@PreAuthorize(ContentAccess.WRITE)
	String require(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@ModelAttribute("dependencyForm") DependencyInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Task shown = tasks.get(id, version, task);
		Step found = step(shown, step);
		if (!result.hasErrors()) {
			if (form.requires() == null) {
				result.rejectValue("requires", "validation.selection");
			}
			else {
				try {
					tasks.require(id, version, task, step, form.requires());
					flash.addFlashAttribute("done", "training.page.done.saved");
					return "redirect:" + base(id, version) + "/tasks/" + task + "/steps/" + step;
				}
				catch (RuleViolationException e) {
					VersionPages.reject(e, result, Set.of("requires"), f -> f.equals("required") ? "requires" : f);
				}
				catch (NotFoundException e) {
					result.rejectValue("requires", "validation.selection");
				}
			}
		}
		model.addAttribute("stepForm", StepInput.of(found));
		return stepPage(id, version, shown, found, model);
	}

	@PostMapping("/{task}/steps/{step}/requires/{required}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String unrequire(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID task, @PathVariable UUID step,
			@PathVariable UUID required, RedirectAttributes flash) {
		step(tasks.get(id, version, task), step);
		if (act(flash, () -> tasks.unrequire(id, version, task, step, required))) {
			flash.addFlashAttribute("done", "training.page.done.saved");
		}
		return "redirect:" + base(id, version) + "/tasks/" + task + "/steps/" + step;
	}


	private static Step step(Task task, UUID key) {
		return task.steps().stream().filter(s -> s.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("task step", key));
	}


	private String listPage(UUID id, int version, Model model) {
		pages.load(id, version, WRITERS, "tasks", model);
		model.addAttribute("tasks", tasks.list(id, version));
		model.addAttribute("competencies", competencies.competencies());
		return "training/tasks";
	}

	private String taskPage(UUID id, int version, Task task, Model model) {
		pages.load(id, version, WRITERS, "tasks", model);
		model.addAttribute("task", task);
		model.addAttribute("stepTitles", task.steps().stream().collect(java.util.stream.Collectors.toMap(Step::key, Step::title)));
		model.addAttribute("competencies", competencies.competencies());
		return "training/task";
	}

	private String stepPage(UUID id, int version, Task task, Step step, Model model) {
		pages.load(id, version, WRITERS, "tasks", model);
		model.addAttribute("task", task);
		model.addAttribute("step", step);
		model.addAttribute("stepTitles", task.steps().stream().collect(java.util.stream.Collectors.toMap(Step::key, Step::title)));
		model.addAttribute("candidates", task.steps().stream().filter(s -> !s.key().equals(step.key()) && !step.requires().contains(s.key()))
			.toList());
		return "training/step";
	}
}
