package io.cotrain.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.Item;
import io.cotrain.training.LearningPaths.ItemKind;
import io.cotrain.training.LearningPaths.Path;
import io.cotrain.training.LearningPaths.Schedule;
import io.cotrain.training.TaskTemplates;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The learning path pages of a programme version, one tab per role: ordered items (a course or a task step whose
 * audience fits the role), schedule and due date, prerequisites (a cycle is refused next to the field) and
 * checkpoints. Read-only unless a DRAFT.
 */
@Controller
@RequestMapping("/programmes/{id}/versions/{version}/paths/{role}")
@PreAuthorize(ProgrammeApiController.READ)
class PathPagesController {

	private static final Set<Role> WRITERS = Set.of(Role.HR_ADMIN, Role.REGION_ADMIN);
	private static final Set<String> ITEM_FIELDS = Set.of("ref", "schedule", "dueOn");
	private static final Set<String> CHECKPOINT_FIELDS = Set.of("dueOn", "expectedPercent", "label");

	private final LearningPaths paths;
	private final Courses courses;
	private final TaskTemplates tasks;
	private final VersionPages pages;

	PathPagesController(LearningPaths paths, Courses courses, TaskTemplates tasks, VersionPages pages) {
		this.paths = paths;
		this.courses = courses;
		this.tasks = tasks;
		this.pages = pages;
	}

	/** @param ref {@code COURSE:<key>} or {@code TASK_STEP:<key>} */
	record ItemInput(String ref, Schedule schedule, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

		static ItemInput of(Item item) {
			return new ItemInput(item.kind() + ":" + item.refKey(), item.schedule(), item.dueOn());
		}

		LearningPaths.ItemForm form(Integer position) {
			ItemKind kind = null;
			UUID key = null;
			if (ref != null && ref.contains(":")) {
				try {
					kind = ItemKind.valueOf(ref.substring(0, ref.indexOf(':')));
					key = UUID.fromString(ref.substring(ref.indexOf(':') + 1));
				}
				catch (IllegalArgumentException e) {
					kind = null;
					key = null;
				}
			}
			return new LearningPaths.ItemForm(kind, key, schedule, dueOn, position);
		}
	}

	record PrerequisiteInput(UUID item, UUID requires) {
	}

	record CheckpointInput(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Integer expectedPercent, String label) {
	}

	/** A course or task step the role's path may take, as the item select offers it. */
	record Choice(String value, String label) {
	}

	@GetMapping
	@PreAuthorize(ProgrammeApiController.READ)
	String show(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, Model model) {
		return pathPage(id, version, role(role), model);
	}

	@PostMapping("/items")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String addItem(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @ModelAttribute("itemForm") ItemInput form,
			BindingResult result, Model model, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		if (!result.hasErrors()) {
			try {
				paths.addItem(id, version, r, form.form(null));
				flash.addFlashAttribute("done", "training.page.done.created");
				return redirect(id, version, r);
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, ITEM_FIELDS, PathPagesController::itemField);
			}
		}
		return pathPage(id, version, r, model);
	}

	@PostMapping("/items/{item}/move")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String moveItem(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID item,
			@RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		Item found = item(paths.path(id, version, r), item);
		act(flash, () -> paths.updateItem(id, version, r, item, new LearningPaths.ItemForm(found.kind(), found.refKey(), found.schedule(),
				found.dueOn(), Math.max(0, found.position() + VersionPages.direction(direction)))));
		return redirect(id, version, r);
	}

	@GetMapping("/items/{item}")
	@PreAuthorize(ProgrammeApiController.READ)
	String item(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID item, Model model) {
		LearningPaths.Role r = role(role);
		Path path = paths.path(id, version, r);
		Item found = item(path, item);
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", ItemInput.of(found));
		}
		return itemPage(id, version, r, path, found, model);
	}

	@PostMapping("/items/{item}")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String updateItem(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID item,
			@ModelAttribute("itemForm") ItemInput form, BindingResult result, Model model, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		Path path = paths.path(id, version, r);
		Item found = item(path, item);
		if (!result.hasErrors()) {
			try {
				paths.updateItem(id, version, r, item, form.form(null));
				flash.addFlashAttribute("done", "training.page.done.saved");
				return redirect(id, version, r);
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, ITEM_FIELDS, PathPagesController::itemField);
			}
		}
		return itemPage(id, version, r, path, found, model);
	}

	@PostMapping("/items/{item}/delete")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String removeItem(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID item,
			RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		item(paths.path(id, version, r), item);
		if (act(flash, () -> paths.removeItem(id, version, r, item))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
		}
		return redirect(id, version, r);
	}

	@PostMapping("/prerequisites")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String addPrerequisite(@PathVariable UUID id, @PathVariable int version, @PathVariable String role,
			@ModelAttribute("prerequisiteForm") PrerequisiteInput form, BindingResult result, Model model, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		if (!result.hasErrors()) {
			Path path = paths.path(id, version, r);
			if (form.item() == null || path.items().stream().noneMatch(i -> i.key().equals(form.item()))) {
				result.rejectValue("item", "validation.selection");
			}
			if (form.requires() == null || path.items().stream().noneMatch(i -> i.key().equals(form.requires()))) {
				result.rejectValue("requires", "validation.selection");
			}
			if (!result.hasErrors()) {
				try {
					paths.addPrerequisite(id, version, r, form.item(), form.requires());
					flash.addFlashAttribute("done", "training.page.done.saved");
					return redirect(id, version, r);
				}
				catch (RuleViolationException e) {
					VersionPages.reject(e, result, Set.of("item", "requires"));
				}
			}
		}
		return pathPage(id, version, r, model);
	}

	@PostMapping("/items/{item}/requires/{required}/delete")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String removePrerequisite(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID item,
			@PathVariable UUID required, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		item(paths.path(id, version, r), item);
		if (act(flash, () -> paths.removePrerequisite(id, version, r, item, required))) {
			flash.addFlashAttribute("done", "training.page.done.saved");
		}
		return redirect(id, version, r);
	}

	@PostMapping("/checkpoints")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String addCheckpoint(@PathVariable UUID id, @PathVariable int version, @PathVariable String role,
			@ModelAttribute("checkpointForm") CheckpointInput form, BindingResult result, Model model, RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		if (!result.hasErrors()) {
			try {
				paths.addCheckpoint(id, version, r, new LearningPaths.CheckpointForm(form.dueOn(), form.expectedPercent(), form.label()));
				flash.addFlashAttribute("done", "training.page.done.created");
				return redirect(id, version, r);
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, CHECKPOINT_FIELDS);
			}
		}
		return pathPage(id, version, r, model);
	}

	@PostMapping("/checkpoints/{checkpoint}/delete")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String removeCheckpoint(@PathVariable UUID id, @PathVariable int version, @PathVariable String role, @PathVariable UUID checkpoint,
			RedirectAttributes flash) {
		LearningPaths.Role r = role(role);
		if (paths.path(id, version, r).checkpoints().stream().noneMatch(c -> c.key().equals(checkpoint))) {
			throw new NotFoundException("path checkpoint", checkpoint);
		}
		if (act(flash, () -> paths.removeCheckpoint(id, version, r, checkpoint))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
		}
		return redirect(id, version, r);
	}

	// ---- helpers ----

	private static String itemField(String field) {
		return field.equals("kind") || field.equals("refKey") ? "ref" : field;
	}

	private static LearningPaths.Role role(String role) {
		try {
			return LearningPaths.Role.valueOf(role.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("learning path", role);
		}
	}

	private static Item item(Path path, UUID key) {
		return path.items().stream().filter(i -> i.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("path item", key));
	}


	private static String redirect(UUID id, int version, LearningPaths.Role role) {
		return "redirect:/programmes/" + id + "/versions/" + version + "/paths/" + role.name().toLowerCase(Locale.ROOT);
	}

	private String pathPage(UUID id, int version, LearningPaths.Role role, Model model) {
		pages.load(id, version, WRITERS, role.name(), model);
		Path path = paths.path(id, version, role);
		model.addAttribute("path", path);
		model.addAttribute("role", role);
		model.addAttribute("roleSlug", role.name().toLowerCase(Locale.ROOT));
		model.addAttribute("titles", titles(path));
		model.addAttribute("choices", choices(id, version, role));
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new ItemInput("", null, null));
		}
		if (!model.containsAttribute("prerequisiteForm")) {
			model.addAttribute("prerequisiteForm", new PrerequisiteInput(null, null));
		}
		if (!model.containsAttribute("checkpointForm")) {
			model.addAttribute("checkpointForm", new CheckpointInput(null, null, ""));
		}
		return "training/path";
	}

	private String itemPage(UUID id, int version, LearningPaths.Role role, Path path, Item item, Model model) {
		pages.load(id, version, WRITERS, role.name(), model);
		model.addAttribute("path", path);
		model.addAttribute("role", role);
		model.addAttribute("roleSlug", role.name().toLowerCase(Locale.ROOT));
		model.addAttribute("item", item);
		model.addAttribute("choices", choices(id, version, role));
		return "training/path-item";
	}

	private static Map<UUID, String> titles(Path path) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		path.items().forEach(i -> titles.put(i.key(), i.title()));
		return titles;
	}

	/** The version's courses and task steps whose audience fits the role (or is JOINT). */
	private List<Choice> choices(UUID id, int version, LearningPaths.Role role) {
		Locale locale = LocaleContextHolder.getLocale();
		Audience audience = Audience.valueOf(role.name());
		List<Choice> choices = new ArrayList<>();
		for (Courses.Course course : courses.list(id, version)) {
			if (course.audience() == audience || course.audience() == Audience.JOINT) {
				choices.add(new Choice(ItemKind.COURSE + ":" + course.key(), course.code() + " · " + course.title(locale)));
			}
		}
		for (TaskTemplates.Task task : tasks.list(id, version)) {
			for (TaskTemplates.Step step : task.steps()) {
				if (step.role() == audience || step.role() == Audience.JOINT) {
					choices.add(new Choice(ItemKind.TASK_STEP + ":" + step.key(), task.code() + " · " + task.title(locale) + " › " + step.title()));
				}
			}
		}
		return choices;
	}
}
