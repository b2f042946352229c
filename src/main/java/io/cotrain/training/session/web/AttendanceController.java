package io.cotrain.training.session.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Mark;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Programmes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;

/**
 * The attendance of one occurrence: its roster with a status per member (a mentor sees and marks only their mentees),
 * and the mentor's list of sessions ({@code /mentoring/sessions}).
 */
@Controller
@PreAuthorize(OccurrenceAccess.READ)
class AttendanceController {

	private final Occurrences occurrences;
	private final Programmes programmes;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final Clock clock;

	AttendanceController(Occurrences occurrences, Programmes programmes, TenantDirectory directory, Accounts accounts, Clock clock) {
		this.occurrences = occurrences;
		this.programmes = programmes;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** One row of the roster form; a row without a status is left as it is. */
	record Row(UUID employeeId, Occurrences.Attendance status, String note) {
	}

	record AttendanceForm(List<Row> marks) {

		AttendanceForm {
			marks = marks == null ? List.of() : marks;
		}

		List<Mark> toMarks() {
			return marks.stream().filter(Objects::nonNull).filter(r -> r.status() != null && r.employeeId() != null)
				.map(r -> new Mark(new EmployeeId(r.employeeId()), r.status(), r.note())).toList();
		}
	}

	@GetMapping("/programmes/{id}/occurrences/{occurrenceId}/attendance")
	@PreAuthorize(OccurrenceAccess.READ)
	String show(@PathVariable UUID id, @PathVariable UUID occurrenceId, Model model) {
		Programmes.Programme programme = programmes.get(id);
		Occurrence occurrence = occurrences.get(id, occurrenceId);
		model.addAttribute("programme", programme);
		model.addAttribute("occurrence", occurrence);
		model.addAttribute("region", directory.region(occurrence.regionId()));
		model.addAttribute("roster", occurrences.roster(id, occurrenceId));
		model.addAttribute("statuses", Occurrences.Attendance.values());
		model.addAttribute("started", !clock.instant().isBefore(occurrence.startsAt()));
		return "training/attendance";
	}

	@PostMapping("/programmes/{id}/occurrences/{occurrenceId}/attendance")
	@PreAuthorize(OccurrenceAccess.RECORD)
	String record(@PathVariable UUID id, @PathVariable UUID occurrenceId, @ModelAttribute AttendanceForm form,
			RedirectAttributes flash) {
		try {
			occurrences.record(id, occurrenceId, form.toMarks());
			flash.addFlashAttribute("done", "recorded");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/programmes/" + id + "/occurrences/" + occurrenceId + "/attendance";
	}

	@GetMapping("/mentoring/sessions")
	@PreAuthorize(OccurrenceAccess.OWN)
	String sessions(Model model) {
		UUID employee = accounts.current().map(CurrentUser::employeeId).orElse(null);
		model.addAttribute("sessions", employee == null ? List.of() : occurrences.forMentor(new EmployeeId(employee)));
		model.addAttribute("regionsById", directory.regions().stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.id(), r -> r)));
		model.addAttribute("now", clock.instant());
		return "training/mentor-sessions";
	}
}
