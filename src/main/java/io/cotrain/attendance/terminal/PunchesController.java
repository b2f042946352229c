package io.cotrain.attendance.terminal;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.attendance.terminal.Punches.PunchView;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences.Occurrence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's list of punches by outcome ({@code /devices/punches?state=unmatched} by default): each undecided punch can be
 * assigned to a session nearby (a check-in as an approved correction) or dismissed with a note.
 */
@Controller
@PreAuthorize(DeviceAccess.READ)
class PunchesController {

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Punches punches;
	private final EmployeeDirectory employees;
	private final TenantDirectory directory;

	PunchesController(Punches punches, EmployeeDirectory employees, TenantDirectory directory) {
		this.punches = punches;
		this.employees = employees;
		this.directory = directory;
	}

	/** A session to assign a punch to, as the select shows it (start in the session's region zone). */
	record Candidate(UUID id, String label) {
	}

	@GetMapping("/devices/punches")
	@PreAuthorize(DeviceAccess.READ)
	String list(@RequestParam(defaultValue = "unmatched") String state, Model model, Locale locale) {
		Punches.Filter filter = DeviceApiController.filter(state);
		var list = punches.list(filter, null, 200);
		model.addAttribute("filter", filter);
		model.addAttribute("filters", Punches.Filter.values());
		model.addAttribute("punches", list);
		model.addAttribute("employees", employees.getAll(list.stream().filter(p -> p.employeeId() != null)
			.map(p -> new EmployeeId(p.employeeId())).distinct().toList()).stream()
			.collect(Collectors.toMap(e -> e.id().value(), Function.identity(), (a, b) -> a)));
		model.addAttribute("candidates", list.stream().filter(PunchView::open)
			.collect(Collectors.toMap(PunchView::id, p -> punches.candidates(p).stream().map(o -> candidate(o, locale)).toList())));
		model.addAttribute("decide", true);
		return "attendance/punches";
	}

	private Candidate candidate(Occurrence o, Locale locale) {
		String start = TIME.format(o.startsAt().atZone(directory.region(o.regionId()).timeZone()));
		return new Candidate(o.id(), o.courseTitle(locale) + (o.venue() == null ? "" : " · " + o.venue()) + " · " + start);
	}

	@PostMapping("/devices/punches/{punchId}/assign")
	@PreAuthorize(DeviceAccess.WRITE)
	String assign(@PathVariable UUID punchId, @RequestParam(required = false) UUID sessionId, @RequestParam(required = false) String employeeNo,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "unmatched") String state, RedirectAttributes flash) {
		try {
			UUID employee = employeeNo == null || employeeNo.isBlank() ? null
					: employees.byNumber(employeeNo.strip()).map(EmployeeView::id).map(EmployeeId::value)
						.orElseThrow(() -> RuleViolationException.of("employeeNo", "attendance.punch.employeeUnknown"));
			punches.assign(punchId, sessionId, employee, note);
			flash.addFlashAttribute("done", "assigned");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/devices/punches?state=" + DeviceApiController.filter(state).name().toLowerCase(java.util.Locale.ROOT);
	}

	@PostMapping("/devices/punches/{punchId}/dismiss")
	@PreAuthorize(DeviceAccess.WRITE)
	String dismiss(@PathVariable UUID punchId, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "unmatched") String state, RedirectAttributes flash) {
		try {
			punches.dismiss(punchId, note);
			flash.addFlashAttribute("done", "dismissed");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/devices/punches?state=" + DeviceApiController.filter(state).name().toLowerCase(java.util.Locale.ROOT);
	}
}
