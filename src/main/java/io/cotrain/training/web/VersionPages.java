package io.cotrain.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.cotrain.portal.FormErrors;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Programmes;
import io.cotrain.training.Programmes.Programme;
import io.cotrain.training.Programmes.Version;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What every page of a programme version's content shows: the programme, the version, the tabs, and whether the caller
 * may change it here (a DRAFT version and a writer's role; a published or superseded version is shown read-only).
 */
@Component
class VersionPages {

	private final Programmes programmes;
	private final Accounts accounts;

	VersionPages(Programmes programmes, Accounts accounts) {
		this.programmes = programmes;
		this.accounts = accounts;
	}

	/** The page's programme version. */
	record PageVersion(Programme programme, Version version, boolean editable, String base) {
	}

	/**
	 * Loads the programme version (404 when the caller does not see it) and puts it into the model with the active tab.
	 *
	 * @param writers the roles that change this kind of content
	 */
	PageVersion load(UUID id, int version, Set<Role> writers, String tab, Model model) {
		Programme programme = programmes.get(id);
		Version shown = programmes.version(id, version);
		boolean writer = accounts.current().map(u -> writers.stream().anyMatch(u::has)).orElse(false);
		PageVersion page = new PageVersion(programme, shown, writer && shown.status() == Programmes.VersionStatus.DRAFT,
				"/programmes/" + id + "/versions/" + version);
		model.addAttribute("page", page);
		model.addAttribute("programme", programme);
		model.addAttribute("version", shown);
		model.addAttribute("editable", page.editable());
		model.addAttribute("tab", tab);
		if (!page.editable() && !model.containsAttribute("problems")) {
			// a post refused because the version is no draft (any more): no form shows it, so the header does
			List<Violation> refused = model.asMap().values().stream().filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
				.flatMap(r -> r.getGlobalErrors().stream())
				.map(e -> new Violation(null, e.getCode(), e.getArguments() == null ? new Object[0] : e.getArguments())).toList();
			if (!refused.isEmpty()) {
				model.addAttribute("problems", refused);
			}
		}
		model.addAttribute("audiences", io.cotrain.training.Audience.values());
		model.addAttribute("modes", io.cotrain.training.Courses.Mode.values());
		model.addAttribute("unitKinds", io.cotrain.training.Courses.UnitKind.values());
		model.addAttribute("questionKinds", io.cotrain.training.Courses.QuestionKind.values());
		model.addAttribute("evidenceKinds", io.cotrain.training.TaskTemplates.EvidenceKind.values());
		model.addAttribute("schedules", io.cotrain.training.LearningPaths.Schedule.values());
		return page;
	}

	/** The service's violations next to the form's fields, after renaming fields the form calls otherwise. */
	static void reject(RuleViolationException e, BindingResult result, Set<String> fields, UnaryOperator<String> rename) {
		List<Violation> renamed = new ArrayList<>();
		e.violations().forEach(v -> renamed.add(new Violation(v.field() == null ? null : rename.apply(v.field()), v.code(), v.args())));
		FormErrors.apply(new RuleViolationException(renamed), result, fields);
	}

	static void reject(RuleViolationException e, BindingResult result, Set<String> fields) {
		FormErrors.apply(e, result, fields);
	}

	/** The keys in the new order after moving {@code key} one place up ({@code -1}) or down ({@code 1}). */
	/** Runs a change whose problems show above the page (no form); false when refused. */
	static boolean act(org.springframework.web.servlet.mvc.support.RedirectAttributes flash, Runnable work) {
		try {
			work.run();
			return true;
		}
		catch (RuleViolationException e) {
			flash.addFlashAttribute("problems", e.violations());
			return false;
		}
	}

	/** The path of a programme version's pages. */
	static String base(UUID id, int version) {
		return "/programmes/" + id + "/versions/" + version;
	}

	static List<UUID> moved(List<UUID> keys, UUID key, int by) {
		List<UUID> order = new ArrayList<>(keys);
		int from = order.indexOf(key);
		int to = from + by;
		if (from >= 0 && to >= 0 && to < order.size()) {
			order.remove(from);
			order.add(to, key);
		}
		return order;
	}

	/** -1 for "up", 1 otherwise. */
	static int direction(String direction) {
		return "up".equals(direction) ? -1 : 1;
	}
}
