package io.cotrain.attendance.session.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.attendance.Sessions;
import io.cotrain.attendance.Sessions.SessionView;
import io.cotrain.attendance.privacy.Snapshots;
import io.cotrain.attendance.session.ProxyFlags;
import io.cotrain.attendance.session.SessionPolicies;
import io.cotrain.attendance.session.SessionPolicy;
import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.Role;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Occurrence;

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
 * The check-in pages of staff and mentors: the sessions (open now, upcoming, past) with their window and how many checked
 * in; one session with its live roster (refreshed by htmx while check-in is open), its suspected proxy check-ins to
 * review, and its own check-in rules (HR and region admins).
 */
@Controller
@PreAuthorize(SessionAccess.LEAD)
class SessionsController {

	private static final Set<String> POLICY_FIELDS = Set.of("opensBeforeMinutes", "closesAfterMinutes", "lateAfterMinutes",
			"jointWithinMinutes", "methods", "ipRanges", "latitude", "longitude", "radiusMetres");

	private final Sessions sessions;
	private final SessionPolicies policies;
	private final ProxyFlags flags;
	private final Occurrences occurrences;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final Clock clock;
	private final Snapshots snapshots;

	SessionsController(Sessions sessions, SessionPolicies policies, ProxyFlags flags, Occurrences occurrences, TenantDirectory directory,
			Accounts accounts, Clock clock, Snapshots snapshots) {
		this.snapshots = snapshots;
		this.sessions = sessions;
		this.policies = policies;
		this.flags = flags;
		this.occurrences = occurrences;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The rules form; minutes and geofence fields empty mean the settings' value or none. */
	record PolicyForm(Integer opensBeforeMinutes, Integer closesAfterMinutes, Integer lateAfterMinutes, Integer jointWithinMinutes,
			SessionPolicy.Methods methods, String ipRanges, Double latitude, Double longitude, Integer radiusMetres) {

		static PolicyForm of(SessionPolicy p) {
			return new PolicyForm((int) p.opensBefore().toMinutes(), (int) p.closesAfter().toMinutes(), (int) p.lateAfter().toMinutes(),
					(int) p.jointWithin().toMinutes(), p.methods(), String.join(", ", p.ipRanges()),
					p.geofence() == null ? null : p.geofence().latitude(), p.geofence() == null ? null : p.geofence().longitude(),
					p.geofence() == null ? null : p.geofence().radiusMetres());
		}

		SessionPolicies.PolicyForm form() {
			return new SessionPolicies.PolicyForm(opensBeforeMinutes, closesAfterMinutes, lateAfterMinutes, jointWithinMinutes, methods,
					ipRanges, latitude, longitude, radiusMetres);
		}
	}

	record ReviewForm(ProxyFlags.Review decision, String note) {
	}

	/** @param view open (window open now), upcoming (the next 30 days) or past (the last 30 days) */
	@GetMapping("/sessions")
	@PreAuthorize(SessionAccess.LEAD)
	String list(@RequestParam(defaultValue = "current") String view, Model model) {
		Instant now = clock.instant();
		List<SessionView> shown = switch (view) {
			case "open" -> sessions.list(new Sessions.Filter(true, null, null));
			case "past" -> sessions.list(new Sessions.Filter(false, now.minus(Duration.ofDays(30)), now)).stream()
				.sorted(Comparator.comparing(SessionView::startsAt).reversed()).toList();
			default -> sessions.list(new Sessions.Filter(false, now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(30))));
		};
		model.addAttribute("view", switch (view) {
			case "open", "past" -> view;
			default -> "current";
		});
		model.addAttribute("sessions", shown);
		model.addAttribute("regionsById", regions());
		return "attendance/sessions";
	}

	@GetMapping("/sessions/{sessionId}")
	@PreAuthorize(SessionAccess.LEAD)
	String show(@PathVariable UUID sessionId, Model model) {
		SessionView session = sessions.get(sessionId);
		if (!model.containsAttribute("policy")) {
			model.addAttribute("policy", PolicyForm.of(policies.of(occurrence(sessionId))));
		}
		return page(model, session);
	}

	/** The roster table alone, for the htmx refresh while check-in is open. */
	@GetMapping("/sessions/{sessionId}/roster")
	@PreAuthorize(SessionAccess.LEAD)
	String roster(@PathVariable UUID sessionId, Model model) {
		SessionView session = sessions.get(sessionId);
		model.addAttribute("sv", session);
		model.addAttribute("roster", sessions.roster(sessionId));
		model.addAttribute("region", directory.region(session.regionId()));
		CurrentUser user = accounts.current().orElseThrow();
		model.addAttribute("snapshots", user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) ? snapshots.ofSession(sessionId) : Map.of());
		return "attendance/session :: roster";
	}

	@PostMapping("/sessions/{sessionId}/policy")
	@PreAuthorize(SessionAccess.MANAGE)
	String savePolicy(@PathVariable UUID sessionId, @ModelAttribute("policy") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		SessionView session = sessions.get(sessionId);
		if (!result.hasErrors()) {
			try {
				policies.save(occurrence(sessionId), form.form(), username());
				flash.addFlashAttribute("done", "policySaved");
				return "redirect:/sessions/" + sessionId;
			}
			catch (RuleViolationException e) {
				FormErrors.apply(e, result, POLICY_FIELDS);
			}
		}
		return page(model, session);
	}

	@PostMapping("/sessions/{sessionId}/policy/reset")
	@PreAuthorize(SessionAccess.MANAGE)
	String resetPolicy(@PathVariable UUID sessionId, RedirectAttributes flash) {
		sessions.get(sessionId);
		policies.reset(occurrence(sessionId));
		flash.addFlashAttribute("done", "policyReset");
		return "redirect:/sessions/" + sessionId;
	}

	@PostMapping("/sessions/{sessionId}/flags/{flagId}")
	@PreAuthorize(SessionAccess.MANAGE)
	String review(@PathVariable UUID sessionId, @PathVariable UUID flagId, @ModelAttribute ReviewForm form, RedirectAttributes flash) {
		sessions.get(sessionId);
		try {
			flags.review(sessionId, flagId, form.decision(), form.note(), username());
			flash.addFlashAttribute("done", "flagReviewed");
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/sessions/" + sessionId + "#flags";
	}

	private String page(Model model, SessionView session) {
		CurrentUser user = accounts.current().orElseThrow();
		List<Sessions.RosterLine> roster = sessions.roster(session.id());
		model.addAttribute("sv", session);
		model.addAttribute("region", directory.region(session.regionId()));
		model.addAttribute("roster", roster);
		boolean staff = user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN) || user.has(Role.AUDITOR);
		Map<UUID, String> names = roster.stream().collect(Collectors.toMap(l -> l.employeeId().value(),
				l -> l.name() == null ? l.employeeNo() : l.name(), (a, b) -> a));
		model.addAttribute("flags", staff ? flags.of(session.id()) : List.of());
		model.addAttribute("names", names);
		boolean manages = user.has(Role.HR_ADMIN) || user.has(Role.REGION_ADMIN);
		model.addAttribute("manages", manages);
		model.addAttribute("snapshots", manages ? snapshots.ofSession(session.id()) : Map.of());
		model.addAttribute("methods", SessionPolicy.Methods.values());
		model.addAttribute("customPolicy", policies.of(occurrence(session.id())).custom());
		return "attendance/session";
	}

	private Occurrence occurrence(UUID session) {
		return occurrences.find(session).orElseThrow(() -> new io.cotrain.shared.NotFoundException("session", session));
	}

	private Map<Object, RegionInfo> regions() {
		return directory.regions().stream().collect(Collectors.toMap(RegionInfo::id, Function.identity()));
	}

	private String username() {
		return accounts.current().map(CurrentUser::username).orElseThrow();
	}
}
