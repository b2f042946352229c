package io.cotrain.employee.web;

import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.employee.Tags;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's employee tags: defined by HR, assigned on the archive page. */
@Controller
@RequestMapping("/tags")
class TagsController {

	private static final Set<String> FIELDS = Set.of("type", "name");
	private final Tags tags;

	TagsController(Tags tags) {
		this.tags = tags;
	}

	record Form(@NotNull TagType type, @NotBlank @Size(max = 64) String name) {
	}

	@ModelAttribute("tagTypes")
	TagType[] tagTypes() {
		return TagType.values();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN','AUDITOR')")
	String list(Model model) {
		model.addAttribute("tags", tags.list());
		model.addAttribute("form", new Form(TagType.SKILL, null));
		return "employee/tags";
	}

	@PostMapping
	@PreAuthorize("hasRole('HR_ADMIN')")
	String create(@Valid @ModelAttribute("form") Form form, BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				tags.create(form.type(), form.name());
				flash.addFlashAttribute("saved", true);
				return "redirect:/tags";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		model.addAttribute("tags", tags.list());
		return "employee/tags";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String initUpdate(@PathVariable UUID id, Model model) {
		TagView tag = tags.get(new TagId(id));
		model.addAttribute("tag", tag);
		model.addAttribute("form", new Form(tag.type(), tag.name()));
		return "employee/tag-form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		model.addAttribute("tag", tags.get(new TagId(id)));
		if (result.hasErrors()) {
			return "employee/tag-form";
		}
		try {
			tags.update(new TagId(id), form.type(), form.name());
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, FIELDS);
			return "employee/tag-form";
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/tags";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('HR_ADMIN')")
	String delete(@PathVariable UUID id, RedirectAttributes flash) {
		tags.delete(new TagId(id));
		flash.addFlashAttribute("deleted", true);
		return "redirect:/tags";
	}
}
