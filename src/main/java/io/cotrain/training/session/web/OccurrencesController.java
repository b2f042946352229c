package io.cotrain.training.session.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

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

/**
 * The occurrences page of a programme: the list (times in each occurrence's region zone), a form to plan a new one or
 * change one (date-times entered in the chosen region's zone), cancel.
 */
@Controller
@PreAuthorize(OccurrenceAccess.STAFF_READ)
class OccurrencesController {

	static final String LOCAL = "yyyy-MM-dd'T'HH:mm";
	private static final Set<String> FIELDS = Set.of("courseKey", "regionId", "startsAt", "endsAt", "venue", "onlineUrl", "note",
			"groupIds");

	private final Occurrences occurrences;
	private final Programmes programmes;
	private final Groups groups;
	private final TenantDirectory directory;

	OccurrencesController(Occurrences occurrences, Programmes programmes, Groups groups, TenantDirectory directory) {
		this.occurrences = occurrences;
		this.programmes = programmes;
		this.groups = groups;
		this.directory = directory;
	}

	record Form(UUID courseKey, UUID regionId, @DateTimeFormat(pattern = LOCAL) LocalDateTime startsAt,
			@DateTimeFormat(pattern = LOCAL) LocalDateTime endsAt, String venue, String onlineUrl, String note, List<UUID> groupIds) {

		OccurrenceForm occurrence(ZoneId zone) {
			return new OccurrenceForm(courseKey, regionId == null ? null : new RegionId(regionId),
					startsAt == null ? null : startsAt.atZone(zone).toInstant(), endsAt == null ? null : endsAt.atZone(zone).toInstant(),
					venue, onlineUrl, note, groupIds == null ? List.of() : groupIds);
		}

		static Form of(Occurrence o, ZoneId zone) {
			return new Form(o.courseKey(), o.regionId().value(), LocalDateTime.ofInstant(o.startsAt(), zone),
					LocalDateTime.ofInstant(o.endsAt(), zone), o.venue(), o.onlineUrl(), o.note(), o.groupIds());
		}
	}

	@GetMapping("/programmes/{id}/occurrences")
	@PreAuthorize(OccurrenceAccess.STAFF_READ)
	String list(@PathVariable UUID id, @RequestParam(required = false) UUID edit, Model model) {
		Programmes.Programme programme = programmes.get(id);
		Occurrence editing = edit == null ? null : occurrences.get(id, edit);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", editing != null ? Form.of(editing, zone(editing.regionId().value()))
					: new Form(null, null, null, null, "", "", "", List.of()));
		}
		return page(model, programme, editing);
	}

	@PostMapping("/programmes/{id}/occurrences")
	@PreAuthorize(OccurrenceAccess.WRITE)
	String create(@PathVariable UUID id, @ModelAttribute("form") Form form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Programmes.Programme programme = programmes.get(id);
		if (!result.hasErrors()) {
			try {
				occurrences.create(id, form.occurrence(zone(form.regionId())));
				flash.addFlashAttribute("done", "created");
				return "redirect:/programmes/" + id + "/occurrences";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return page(model, programme, null);
	}

	@PostMapping("/programmes/{id}/occurrences/{occurrenceId}")
	@PreAuthorize(OccurrenceAccess.WRITE)
	String update(@PathVariable UUID id, @PathVariable UUID occurrenceId, @ModelAttribute("form") Form form, BindingResult result,
			Model model, RedirectAttributes flash) {
		Programmes.Programme programme = programmes.get(id);
		Occurrence editing = occurrences.get(id, occurrenceId);
		if (!result.hasErrors()) {
			try {
				occurrences.update(id, occurrenceId, form.occurrence(zone(form.regionId())));
				flash.addFlashAttribute("done", "saved");
				return "redirect:/programmes/" + id + "/occurrences";
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, FIELDS);
			}
		}
		return page(model, programme, editing);
	}

	@PostMapping("/programmes/{id}/occurrences/{occurrenceId}/cancel")
	@PreAuthorize(OccurrenceAccess.WRITE)
	String cancel(@PathVariable UUID id, @PathVariable UUID occurrenceId, RedirectAttributes flash) {
		try {
			occurrences.cancel(id, occurrenceId);
			flash.addFlashAttribute("done", "cancelled");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/programmes/" + id + "/occurrences";
	}

	private String page(Model model, Programmes.Programme programme, Occurrence editing) {
		List<RegionInfo> regions = directory.regions().stream().filter(r -> programme.current().regions().contains(r.id())).toList();
		List<GroupView> all = groups.list(programme.id());
		model.addAttribute("programme", programme);
		model.addAttribute("occurrences", occurrences.list(programme.id()));
		model.addAttribute("courses", occurrences.sessionCourses(programme.id()));
		model.addAttribute("regions", regions);
		model.addAttribute("regionsById", directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity())));
		model.addAttribute("groups", all);
		model.addAttribute("groupNumbers", all.stream().collect(Collectors.toMap(GroupView::id, GroupView::number)));
		model.addAttribute("editing", editing);
		return "training/occurrences";
	}

	/** The zone the form's date-times are in: the chosen region's (UTC while none is chosen; the service reports it). */
	private ZoneId zone(UUID region) {
		if (region == null) {
			return ZoneOffset.UTC;
		}
		try {
			return directory.region(new RegionId(region)).timeZone();
		}
		catch (NotFoundException e) {
			return ZoneOffset.UTC;
		}
	}
}
