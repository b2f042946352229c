package io.cotrain.training.group.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Programmes;
import io.cotrain.training.Programmes.Programme;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collaboration group pages of a programme: the saved groups with scores, reasons and mentors (region admins see
 * the groups with a member in their regions), HR's proposal with who is left out and why, saving it, and HR's
 * adjustments (move a clerk into a group, change a mentor).
 */
@Controller
@PreAuthorize(GroupApiController.READ)
class GroupPagesController {

	private static final Set<RoleType> PEOPLE = Set.of(RoleType.CLERK, RoleType.SUPERVISOR, RoleType.MANAGER);

	private final Groups groups;
	private final Programmes programmes;
	private final EmployeeDirectory directory;
	private final TenantDirectory tenants;

	GroupPagesController(Groups groups, Programmes programmes, EmployeeDirectory directory, TenantDirectory tenants) {
		this.groups = groups;
		this.programmes = programmes;
		this.directory = directory;
		this.tenants = tenants;
	}

	record MoveInput(UUID clerkId) {
	}

	record MentorInput(UUID menteeId, UUID mentorId) {
	}

	/** Someone an adjustment form offers, with the number of the group they are in (or null). */
	record Choice(UUID id, String label, RoleType role, RegionId region, Integer group) {
	}

	@GetMapping("/programmes/{id}/groups")
	@PreAuthorize(GroupApiController.READ)
	String list(@PathVariable UUID id, Model model) {
		return groupsPage(id, model);
	}

	@GetMapping("/programmes/{id}/groups/proposal")
	@PreAuthorize(GroupApiController.HR)
	String proposal(@PathVariable UUID id, Model model) {
		Programme programme = programmes.get(id);
		model.addAttribute("programme", programme);
		model.addAttribute("proposal", groups.propose(id));
		model.addAttribute("regionNames", regionNames());
		return "training/group-proposal";
	}

	@PostMapping("/programmes/{id}/groups/proposal")
	@PreAuthorize(GroupApiController.HR)
	String save(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			List<GroupView> saved = groups.save(id);
			flash.addFlashAttribute("done", "training.page.group.done.saved");
			flash.addFlashAttribute("count", saved.size());
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/programmes/" + id + "/groups";
	}

	@PostMapping("/programmes/{id}/groups/{groupId}/clerks")
	@PreAuthorize(GroupApiController.HR)
	String moveClerk(@PathVariable UUID id, @PathVariable UUID groupId, @ModelAttribute("moveForm") MoveInput form, Model model,
			RedirectAttributes flash) {
		try {
			if (form.clerkId() == null) {
				throw RuleViolationException.of("clerkId", "validation.selection");
			}
			groups.moveClerk(id, groupId, new EmployeeId(form.clerkId()));
			flash.addFlashAttribute("done", "training.page.group.done.changed");
			return "redirect:/programmes/" + id + "/groups";
		}
		catch (RuleViolationException e) {
			failed(model, groupId, "move", e);
			return groupsPage(id, model);
		}
	}

	@PostMapping("/programmes/{id}/groups/{groupId}/mentor")
	@PreAuthorize(GroupApiController.HR)
	String changeMentor(@PathVariable UUID id, @PathVariable UUID groupId, @ModelAttribute("mentorForm") MentorInput form, Model model,
			RedirectAttributes flash) {
		try {
			if (form.menteeId() == null) {
				throw RuleViolationException.of("menteeId", "validation.selection");
			}
			groups.changeMentor(id, groupId, new EmployeeId(form.menteeId()), form.mentorId() == null ? null : new EmployeeId(form.mentorId()));
			flash.addFlashAttribute("done", "training.page.group.done.changed");
			return "redirect:/programmes/" + id + "/groups";
		}
		catch (RuleViolationException e) {
			failed(model, groupId, "mentor", e);
			return groupsPage(id, model);
		}
	}

	/** The violations by field ({@code ""}: none) for the group's failed form. */
	private static void failed(Model model, UUID group, String form, RuleViolationException e) {
		Map<String, List<Violation>> errors = new LinkedHashMap<>();
		e.violations().forEach(v -> errors.computeIfAbsent(v.field() == null ? "" : v.field(), f -> new ArrayList<>()).add(v));
		model.addAttribute("failedGroup", group);
		model.addAttribute("failedForm", form);
		model.addAttribute("errors", errors);
	}

	private String groupsPage(UUID id, Model model) {
		Programme programme = programmes.get(id);
		List<GroupView> saved = groups.list(id);
		model.addAttribute("programme", programme);
		model.addAttribute("groups", saved);
		model.addAttribute("regionNames", regionNames());
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new MoveInput(null));
		}
		if (!model.containsAttribute("mentorForm")) {
			model.addAttribute("mentorForm", new MentorInput(null, null));
		}
		Set<RegionId> regions = new HashSet<>();
		if (programme.published() != null) {
			regions.addAll(programme.published().regions());
		}
		if (programme.draft() != null) {
			regions.addAll(programme.draft().regions());
		}
		Map<EmployeeId, Integer> groupOf = new java.util.HashMap<>();
		saved.forEach(g -> g.clerks().forEach(c -> groupOf.put(c.clerk().id(), g.number())));
		List<Choice> people = directory.activeByRoleType(PEOPLE).stream().filter(e -> regions.contains(e.region()))
			.sorted(Comparator.comparing(EmployeeView::employeeNo))
			.map(e -> new Choice(e.id().value(), e.employeeNo() + " " + e.name() + (groupOf.containsKey(e.id())
					? " · #" + groupOf.get(e.id()) : ""), e.roleType(), e.region(), groupOf.get(e.id())))
			.toList();
		model.addAttribute("clerks", people.stream().filter(p -> p.role() == RoleType.CLERK).toList());
		model.addAttribute("mentors", people.stream().filter(p -> p.role() != RoleType.CLERK).toList());
		return "training/groups";
	}

	private Map<RegionId, String> regionNames() {
		return tenants.regions().stream().collect(Collectors.toMap(r -> r.id(), r -> r.name()));
	}
}
