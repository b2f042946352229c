package io.cotrain.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Courses;
import io.cotrain.training.Materials;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Progress;
import io.cotrain.training.progress.ProgressSettings;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's pages (我的培训), made for phones first: the programmes, a programme's path with due dates, checkpoints,
 * the group partners' progress side by side and the mentors; a course with its units; a unit (reading time counted by
 * heartbeats while the page is visible, a video confirmed after its minimum time, a quiz graded at once). And the
 * mentor's page (我的带教): the groups they mentor with every member's progress.
 */
@Controller
class MyTrainingController {

	private final Progress progress;
	private final TenantSettings settings;
	private final Materials materials;
	private final Occurrences occurrences;

	MyTrainingController(Progress progress, TenantSettings settings, Materials materials, Occurrences occurrences) {
		this.occurrences = occurrences;
		this.materials = materials;
		this.progress = progress;
		this.settings = settings;
	}

	@GetMapping("/my/training")
	@PreAuthorize(ProgressApiController.LEARNER)
	String mine(Model model) {
		model.addAttribute("views", progress.mine());
		return "training/my-training";
	}

	@GetMapping("/my/training/{programmeId}")
	@PreAuthorize(ProgressApiController.LEARNER)
	String programme(@PathVariable UUID programmeId, Model model) {
		Progress.LearnerView view = progress.mine(programmeId);
		model.addAttribute("view", view);
		model.addAttribute("materials", materials.forMember(programmeId, view.self().member().id()));
		model.addAttribute("sessions", occurrences.forLearner(programmeId, view.self().member().id()));
		return "training/my-programme";
	}

	@GetMapping("/my/training/{programmeId}/courses/{courseKey}")
	@PreAuthorize(ProgressApiController.LEARNER)
	String course(@PathVariable UUID programmeId, @PathVariable UUID courseKey, Model model) {
		model.addAttribute("view", progress.mine(programmeId));
		model.addAttribute("course", progress.course(programmeId, courseKey));
		return "training/my-course";
	}

	@GetMapping("/my/training/{programmeId}/units/{unitKey}")
	@PreAuthorize(ProgressApiController.LEARNER)
	String unit(@PathVariable UUID programmeId, @PathVariable UUID unitKey, Model model) {
		Progress.UnitState state;
		try {
			state = progress.open(programmeId, unitKey);
		}
		catch (RuleViolationException locked) {
			model.addAttribute("problems", locked.violations());
			state = null;
		}
		return unitPage(programmeId, unitKey, state, model);
	}

	@PostMapping("/my/training/{programmeId}/units/{unitKey}/heartbeat")
	@PreAuthorize(ProgressApiController.LEARNER)
	String heartbeat(@PathVariable UUID programmeId, @PathVariable UUID unitKey, Model model) {
		Progress.UnitState state = progress.heartbeat(programmeId, unitKey);
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("state", state);
		model.addAttribute("heartbeatSeconds", settings.get(ProgressSettings.HEARTBEAT_SECONDS));
		return "training/my-unit :: reading";
	}

	@PostMapping("/my/training/{programmeId}/units/{unitKey}/confirm")
	@PreAuthorize(ProgressApiController.LEARNER)
	String confirm(@PathVariable UUID programmeId, @PathVariable UUID unitKey, Model model, RedirectAttributes redirect) {
		try {
			progress.confirm(programmeId, unitKey);
			redirect.addFlashAttribute("done", "confirmed");
			return "redirect:/my/training/" + programmeId + "/units/" + unitKey;
		}
		catch (RuleViolationException e) {
			model.addAttribute("problems", e.violations());
			return unitPage(programmeId, unitKey, null, model);
		}
	}

	@PostMapping("/my/training/{programmeId}/units/{unitKey}/quiz")
	@PreAuthorize(ProgressApiController.LEARNER)
	String quiz(@PathVariable UUID programmeId, @PathVariable UUID unitKey, HttpServletRequest request, Model model) {
		Map<UUID, List<Integer>> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("q_")) {
				List<Integer> chosen = new ArrayList<>();
				for (String value : values) {
					try {
						chosen.add(Integer.parseInt(value));
					}
					catch (NumberFormatException ignored) {
						// not an option index: chooses nothing
					}
				}
				try {
					answers.put(UUID.fromString(name.substring(2)), chosen);
				}
				catch (IllegalArgumentException ignored) {
					// not a question key: the grader would refuse it; the learner gets the quiz again
				}
			}
		});
		try {
			Progress.QuizOutcome outcome = progress.submitQuiz(programmeId, unitKey, answers);
			model.addAttribute("grade", outcome.grade());
			return unitPage(programmeId, unitKey, outcome.unit(), model);
		}
		catch (RuleViolationException e) {
			model.addAttribute("problems", e.violations());
			return unitPage(programmeId, unitKey, null, model);
		}
	}

	@GetMapping("/my/mentees")
	@PreAuthorize(ProgressApiController.MENTOR)
	String mentees(Model model) {
		model.addAttribute("groups", progress.mentees());
		return "training/my-mentees";
	}

	private String unitPage(UUID programmeId, UUID unitKey, Progress.UnitState state, Model model) {
		Progress.LearnerView view = progress.mine(programmeId);
		Progress.CourseView course = progress.courseOfUnit(programmeId, unitKey);
		Courses.Unit unit = course.course().units().stream().filter(u -> u.key().equals(unitKey)).findFirst().orElseThrow();
		model.addAttribute("view", view);
		model.addAttribute("course", course);
		model.addAttribute("unit", unit);
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("state", state != null ? state
				: course.units().stream().filter(u -> u.unitKey().equals(unitKey)).findFirst().orElseThrow());
		model.addAttribute("heartbeatSeconds", settings.get(ProgressSettings.HEARTBEAT_SECONDS));
		return "training/my-unit";
	}
}
