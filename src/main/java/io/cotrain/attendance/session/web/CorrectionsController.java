package io.cotrain.attendance.session.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.attendance.Sessions;
import io.cotrain.attendance.privacy.Snapshots;
import io.cotrain.attendance.session.Corrections;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;

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
 * The learner's check-in page ({@code /my/check-ins}: my sessions and outcomes, correction requests) and the corrections
 * to decide ({@code /corrections}: the mentor's mentees, HR's and region admins' all).
 */
@Controller
@PreAuthorize(SessionAccess.READ)
class CorrectionsController {

	private final MyCheckIns mine;
	private final Corrections corrections;
	private final Sessions sessions;
	private final EmployeeDirectory employees;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final Snapshots snapshots;

	CorrectionsController(MyCheckIns mine, Corrections corrections, Sessions sessions, EmployeeDirectory employees,
			TenantDirectory directory, Accounts accounts, Snapshots snapshots) {
		this.snapshots = snapshots;
		this.mine = mine;
		this.corrections = corrections;
		this.sessions = sessions;
		this.employees = employees;
		this.directory = directory;
		this.accounts = accounts;
	}

	record RequestForm(UUID sessionId, String reason) {
	}

	record DecisionForm(String note) {
	}

	@GetMapping("/my/check-ins")
	@PreAuthorize(SessionAccess.READ)
	String mine(Model model) {
		if (!model.containsAttribute("request")) {
			model.addAttribute("request", new RequestForm(null, ""));
		}
		return myPage(model);
	}

	@PostMapping("/my/check-ins/corrections")
	@PreAuthorize(SessionAccess.READ)
	String request(@ModelAttribute("request") RequestForm form, BindingResult result, Model model, RedirectAttributes flash) {
		CurrentUser user = accounts.current().orElseThrow();
		if (user.employeeId() == null) {
			throw new NotFoundException("employee", user.username());
		}
		try {
			corrections.request(form.sessionId(), new EmployeeId(user.employeeId()), form.reason(), user.username());
			flash.addFlashAttribute("done", "requested");
			return "redirect:/my/check-ins";
		}
		catch (RuleViolationException e) {
			FormErrors.apply(e, result, Set.of("sessionId", "reason"));
			model.addAttribute("requestFor", form.sessionId());
		}
		return myPage(model);
	}

	@GetMapping("/corrections")
	@PreAuthorize(SessionAccess.LEAD)
	String toDecide(@RequestParam(defaultValue = "true") boolean pending, Model model) {
		List<Corrections.Correction> list = corrections.toDecide(pending);
		model.addAttribute("corrections", list);
		model.addAttribute("pendingOnly", pending);
		model.addAttribute("people", list.stream().map(c -> c.employeeId()).distinct()
			.collect(Collectors.toMap(Function.identity(), id -> name(id))));
		model.addAttribute("sessionsById", list.stream().map(Corrections.Correction::sessionId).distinct()
			.collect(Collectors.toMap(Function.identity(), sessions::get)));
		model.addAttribute("regionsById", regions());
		return "attendance/corrections";
	}

	@PostMapping("/corrections/{correctionId}/approve")
	@PreAuthorize(SessionAccess.DECIDE)
	String approve(@PathVariable UUID correctionId, @ModelAttribute DecisionForm form, RedirectAttributes flash) {
		return decide(correctionId, true, form, flash);
	}

	@PostMapping("/corrections/{correctionId}/reject")
	@PreAuthorize(SessionAccess.DECIDE)
	String reject(@PathVariable UUID correctionId, @ModelAttribute DecisionForm form, RedirectAttributes flash) {
		return decide(correctionId, false, form, flash);
	}

	private String decide(UUID id, boolean approve, DecisionForm form, RedirectAttributes flash) {
		try {
			corrections.decide(id, approve, form.note());
			flash.addFlashAttribute("done", approve ? "approved" : "rejected");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/corrections";
	}

	private String myPage(Model model) {
		CurrentUser user = accounts.current().orElseThrow();
		EmployeeId me = user.employeeId() == null ? null : new EmployeeId(user.employeeId());
		model.addAttribute("sessions", me == null ? List.of() : mine.of(me));
		model.addAttribute("requests", me == null ? List.of() : corrections.of(me));
		model.addAttribute("left", me == null ? 0 : corrections.left(me));
		model.addAttribute("consent", me == null ? null : snapshots.consent(me));
		model.addAttribute("regionsById", regions());
		model.addAttribute("zone", me == null ? java.time.ZoneOffset.UTC : directory.region(employees.get(me).region()).timeZone());
		return "attendance/my-check-ins";
	}

	private String name(UUID employee) {
		try {
			EmployeeView view = employees.get(new EmployeeId(employee));
			return view.name() + " (" + view.employeeNo() + ")";
		}
		catch (NotFoundException e) {
			return employee.toString();
		}
	}

	private Map<Object, RegionInfo> regions() {
		return directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity()));
	}
}
