package io.cotrain.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.competency.Scenarios;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.training.Programmes;
import io.cotrain.training.Programmes.Programme;
import io.cotrain.training.Programmes.ProgrammeForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programme pages: the list, a new programme from a saved training need, the draft's form, publish, new version, close. */
@Controller
@PreAuthorize(ProgrammeApiController.READ)
class ProgrammesController {

	private static final Set<String> FIELDS = Set.of("code", "name", "needId", "jointGoal", "startsOn", "endsOn", "regions", "note");

	private final Programmes programmes;
	private final Scenarios scenarios;
	private final TenantDirectory directory;

	ProgrammesController(Programmes programmes, Scenarios scenarios, TenantDirectory directory) {
		this.programmes = programmes;
		this.scenarios = scenarios;
		this.directory = directory;
	}

	record Form(String code, String name, UUID needId, String jointGoal, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, List<UUID> regions, String note) {

		ProgrammeForm programme() {
			Set<RegionId> ids = new LinkedHashSet<>();
			if (regions != null) {
				regions.forEach(r -> ids.add(new RegionId(r)));
			}
			return new ProgrammeForm(code, name, needId, null, jointGoal, startsOn, endsOn, ids, note);
		}
	}

	/** A saved need as the form offers it. */
	record NeedChoice(UUID id, String scenario, String jointGoal, java.time.Instant savedAt) {
	}

	@GetMapping("/programmes")
	@PreAuthorize(ProgrammeApiController.READ)
	String list(Model model) {
		model.addAttribute("programmes", programmes.list());
		return "training/programmes";
	}

	@GetMapping("/programmes/new")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String newForm(@RequestParam(required = false) UUID need, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form("", "", need, "", null, null, List.of(), ""));
		}
		return form(model, null);
	}

	@PostMapping("/programmes/new")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String create(@ModelAttribute("form") Form form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/programmes/" + programmes.create(form.programme()).id();
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return form(model, null);
	}

	@GetMapping("/programmes/{id}")
	@PreAuthorize(ProgrammeApiController.READ)
	String show(@PathVariable UUID id, Model model) {
		Programme programme = programmes.get(id);
		model.addAttribute("programme", programme);
		model.addAttribute("versions", programmes.versions(id));
		model.addAttribute("regionNames", regionNames());
		return "training/programme";
	}

	@GetMapping("/programmes/{id}/edit")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String editForm(@PathVariable UUID id, Model model) {
		Programme programme = programmes.get(id);
		if (programme.draft() == null) {
			return "redirect:/programmes/" + id;
		}
		Programmes.Version draft = programme.draft();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form(programme.code(), draft.name(), draft.needId(), draft.jointGoal(), draft.startsOn(),
					draft.endsOn(), draft.regions().stream().map(RegionId::value).toList(), draft.note()));
		}
		return form(model, programme);
	}

	@PostMapping("/programmes/{id}/edit")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String update(@PathVariable UUID id, @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Programme programme = programmes.get(id);
		if (!result.hasErrors()) {
			try {
				programmes.update(id, form.programme());
				flash.addFlashAttribute("done", "saved");
				return "redirect:/programmes/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return form(model, programme);
	}

	@PostMapping("/programmes/{id}/publish")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String publish(@PathVariable UUID id, RedirectAttributes flash) {
		return act(id, flash, "published", () -> programmes.publish(id));
	}

	@PostMapping("/programmes/{id}/versions")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String newVersion(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(id, flash, "versioned", () -> programmes.newVersion(id, note));
	}

	@PostMapping("/programmes/{id}/close")
	@PreAuthorize(ProgrammeApiController.WRITE)
	String close(@PathVariable UUID id, RedirectAttributes flash) {
		return act(id, flash, "closed", () -> programmes.close(id));
	}

	private String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("done", done);
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/programmes/" + id;
	}

	private String form(Model model, Programme editing) {
		List<NeedChoice> needs = new ArrayList<>();
		for (Scenarios.Scenario scenario : scenarios.list()) {
			for (Scenarios.SavedNeed need : scenarios.needs(scenario.id())) {
				needs.add(new NeedChoice(need.id(), scenario.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
						need.jointGoal(), need.savedAt()));
			}
		}
		needs.sort(Comparator.comparing(NeedChoice::savedAt).reversed());
		model.addAttribute("needs", needs);
		TenantScope scope = TenantScope.require();
		model.addAttribute("regions", directory.regions().stream().filter(r -> scope.sees(r.id())).toList());
		model.addAttribute("editing", editing);
		return "training/programme-form";
	}

	private java.util.Map<RegionId, String> regionNames() {
		return directory.regions().stream().collect(java.util.stream.Collectors.toMap(r -> r.id(), r -> r.name()));
	}
}
