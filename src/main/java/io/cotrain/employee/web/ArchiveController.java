package io.cotrain.employee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.employee.ArchiveSection;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.PersonalData;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.TagId;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee archive (员工档案): profile, tags, assignment history, direct reports and the sections other
 * modules contribute; and HR's actions on a person: leave, login, tags, personal-data export and erasure.
 */
@Controller
@RequestMapping("/employees")
class ArchiveController {

	private final EmployeeDirectory directory;
	private final EmployeeRegistry registry;
	private final ArchiveAccess access;
	private final Lookups lookups;
	private final Accounts accounts;
	private final ObjectProvider<ArchiveSection> sections;
	private final MessageSource messages;

	ArchiveController(EmployeeDirectory directory, EmployeeRegistry registry, ArchiveAccess access, Lookups lookups,
			Accounts accounts, ObjectProvider<ArchiveSection> sections, MessageSource messages) {
		this.directory = directory;
		this.registry = registry;
		this.access = access;
		this.lookups = lookups;
		this.accounts = accounts;
		this.sections = sections;
		this.messages = messages;
	}

	/** The signed-in person's own archive, or a note that the login belongs to no employee. */
	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	String mine(Model model, Locale locale) {
		CurrentUser user = accounts.requireCurrent();
		if (user.employeeId() == null) {
			return "employee/not-linked";
		}
		return archive(access.visible(new EmployeeId(user.employeeId())), model, locale);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return archive(access.visible(new EmployeeId(id)), model, locale);
	}

	private String archive(EmployeeView employee, Model model, Locale locale) {
		CurrentUser user = accounts.requireCurrent();
		boolean manages = ArchiveAccess.mayChange(user);
		List<EmployeeView> reports = directory.directReports(employee.id());
		model.addAttribute("employee", employee);
		model.addAttribute("names", lookups.names(List.of(employee)));
		model.addAttribute("history", directory.historyEntries(employee.id()));
		model.addAttribute("reports", reports);
		model.addAttribute("erasedAt", registry.erasedAt(employee.id()));
		model.addAttribute("manages", manages);
		model.addAttribute("today", lookups.today(employee.region()));
		model.addAttribute("sections", sections.orderedStream().sorted(java.util.Comparator.comparingInt(ArchiveSection::order))
			.flatMap(s -> s.content(employee, locale).stream()).toList());
		if (manages) {
			model.addAttribute("login", accounts.list().stream().filter(a -> employee.id().value().equals(a.employeeId()))
				.map(Accounts.AccountView::username).findFirst().orElse(null));
			model.addAttribute("allTags", directory.tags().stream().filter(t -> !employee.tags().contains(t)).toList());
		}
		return "employee/archive";
	}

	@PostMapping("/{id}/leave")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String leave(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes flash, Locale locale) {
		return act(id, () -> registry.leave(new EmployeeId(id), leftOn), flash, locale);
	}

	@PostMapping("/{id}/erasure")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String erase(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
		return act(id, () -> registry.erase(new EmployeeId(id)), flash, locale);
	}

	@PostMapping("/{id}/tags")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String tag(@PathVariable UUID id, @RequestParam(required = false) UUID tagId, RedirectAttributes flash, Locale locale) {
		return act(id, () -> {
			if (tagId != null) {
				registry.tag(new EmployeeId(id), new TagId(tagId));
			}
		}, flash, locale);
	}

	@PostMapping("/{id}/tags/{tagId}/remove")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String untag(@PathVariable UUID id, @PathVariable UUID tagId, RedirectAttributes flash, Locale locale) {
		return act(id, () -> registry.untag(new EmployeeId(id), new TagId(tagId)), flash, locale);
	}

	/** Creates the login and shows its one-time password, this once. */
	@PostMapping("/{id}/login")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	String createLogin(@PathVariable UUID id, Model model, RedirectAttributes flash, Locale locale) {
		EmployeeView employee = directory.get(new EmployeeId(id));
		try {
			model.addAttribute("created", registry.createLogin(employee.id()));
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("errors", messagesOf(e, locale));
			return "redirect:/employees/" + id;
		}
		model.addAttribute("employee", employee);
		return "employee/login-created";
	}

	@GetMapping("/{id}/personal-data")
	@PreAuthorize("hasAnyRole('HR_ADMIN','REGION_ADMIN')")
	ResponseEntity<PersonalData> personalData(@PathVariable UUID id) {
		PersonalData data = registry.personalData(new EmployeeId(id));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("personal-data-" + data.employee().employeeNo() + ".json").build().toString())
			.body(data);
	}

	/** Runs an action on a visible employee and returns to the archive with its outcome. */
	private String act(UUID id, Runnable action, RedirectAttributes flash, Locale locale) {
		directory.get(new EmployeeId(id));
		try {
			action.run();
			flash.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("errors", messagesOf(e, locale));
		}
		return "redirect:/employees/" + id;
	}

	private List<String> messagesOf(RuleViolationException e, Locale locale) {
		return e.violations().stream().map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale)).toList();
	}
}
