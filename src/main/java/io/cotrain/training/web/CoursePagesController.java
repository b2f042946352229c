package io.cotrain.training.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Role;
import io.cotrain.training.Audience;
import io.cotrain.training.Courses;
import io.cotrain.training.Courses.Course;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.Question;
import io.cotrain.training.Courses.QuestionKind;
import io.cotrain.training.Courses.Unit;
import io.cotrain.training.Courses.UnitKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static io.cotrain.training.web.VersionPages.act;
import static io.cotrain.training.web.VersionPages.base;

/**
 * HR's pages for the courses of a programme version: the list with a new-course form, a course with its units, a unit
 * with its quiz questions, and a question. A version that is not a DRAFT is shown without forms.
 */
@Controller
@RequestMapping("/programmes/{id}/versions/{version}/courses")
@PreAuthorize(ContentAccess.READ)
class CoursePagesController {

	private static final Set<Role> WRITERS = Set.of(Role.HR_ADMIN);
	private static final Set<String> COURSE_FIELDS = Set.of("code", "titleZh", "titleEn", "description", "audience", "mode",
			"creditHours", "competencyIds");
	private static final Set<String> UNIT_FIELDS = Set.of("kind", "title", "body", "url", "minSeconds", "durationMinutes", "passMark");
	private static final Set<String> QUESTION_FIELDS = Set.of("prompt", "kind", "options", "correct", "points");
	private static final Pattern NUMBERS = Pattern.compile("[\\s,，、;；]+");

	private final Courses courses;
	private final CompetencyModel competencies;
	private final VersionPages pages;

	CoursePagesController(Courses courses, CompetencyModel competencies, VersionPages pages) {
		this.courses = courses;
		this.competencies = competencies;
		this.pages = pages;
	}

	record CourseInput(String code, String titleZh, String titleEn, String description, Audience audience, Mode mode,
			BigDecimal creditHours, List<UUID> competencyIds) {

		static CourseInput of(Course c) {
			return new CourseInput(c.code(), c.titleZh(), c.titleEn(), c.description(), c.audience(), c.mode(), c.creditHours(),
					c.competencyIds());
		}

		Courses.CourseForm form() {
			return new Courses.CourseForm(code, titleZh, titleEn, description, audience, mode, creditHours,
					competencyIds == null ? List.of() : competencyIds);
		}
	}

	record UnitInput(UnitKind kind, String title, String body, String url, Integer minSeconds, Integer durationMinutes,
			Integer passMark) {

		static UnitInput of(Unit u) {
			return new UnitInput(u.kind(), u.title(), u.body(), u.url(), u.minSeconds(), u.durationMinutes(), u.passMark());
		}

		Courses.UnitForm form() {
			return new Courses.UnitForm(kind, title, body, url, minSeconds, durationMinutes, passMark);
		}
	}

	/**
	 * @param options one option per line
	 * @param correct the numbers (from 1) of the correct options, separated by commas or spaces
	 */
	record QuestionInput(String prompt, QuestionKind kind, String options, String correct, Integer points) {

		static QuestionInput of(Question q) {
			return new QuestionInput(q.prompt(), q.kind(), String.join("\n", q.options()),
					String.join(", ", q.correct().stream().map(i -> String.valueOf(i + 1)).toList()), q.points());
		}

		List<String> optionList() {
			return options == null ? List.of() : options.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		/** The 0-based indexes, or null when the text names something else than option numbers. */
		List<Integer> correctIndexes() {
			List<Integer> indexes = new ArrayList<>();
			if (correct == null || correct.isBlank()) {
				return indexes;
			}
			int count = optionList().size();
			for (String part : NUMBERS.split(correct.strip())) {
				if (!part.matches("\\d{1,3}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > count) {
					return null;
				}
				int index = Integer.parseInt(part) - 1;
				if (!indexes.contains(index)) {
					indexes.add(index);
				}
			}
			indexes.sort(null);
			return indexes;
		}
	}

	// ---- courses ----

	@GetMapping
	@PreAuthorize(ContentAccess.READ)
	String list(@PathVariable UUID id, @PathVariable int version, Model model) {
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", new CourseInput("", "", "", "", null, Mode.ONLINE, null, List.of()));
		}
		return listPage(id, version, model);
	}

	@PostMapping
	@PreAuthorize(ContentAccess.WRITE)
	String create(@PathVariable UUID id, @PathVariable int version, @ModelAttribute("courseForm") CourseInput form,
			BindingResult result, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				Course course = courses.create(id, version, form.form());
				flash.addFlashAttribute("done", "training.page.done.created");
				return "redirect:" + base(id, version) + "/courses/" + course.key();
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, COURSE_FIELDS);
			}
		}
		return listPage(id, version, model);
	}

	@PostMapping("/{course}/move")
	@PreAuthorize(ContentAccess.WRITE)
	String moveCourse(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course,
			@RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		List<UUID> keys = courses.list(id, version).stream().map(Course::key).toList();
		if (!keys.contains(course)) {
			courses.get(id, version, course);
		}
		act(flash, () -> courses.reorder(id, version, VersionPages.moved(keys, course, VersionPages.direction(direction))));
		return "redirect:" + base(id, version) + "/courses";
	}

	@GetMapping("/{course}")
	@PreAuthorize(ContentAccess.READ)
	String show(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, Model model) {
		Course shown = courses.get(id, version, course);
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", CourseInput.of(shown));
		}
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new UnitInput(UnitKind.TEXT, "", "", "", 0, 10, null));
		}
		return coursePage(id, version, shown, model);
	}

	@PostMapping("/{course}")
	@PreAuthorize(ContentAccess.WRITE)
	String update(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course,
			@ModelAttribute("courseForm") CourseInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Course shown = courses.get(id, version, course);
		if (!result.hasErrors()) {
			try {
				courses.update(id, version, course, form.form());
				flash.addFlashAttribute("done", "training.page.done.saved");
				return "redirect:" + base(id, version) + "/courses/" + course;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, COURSE_FIELDS);
			}
		}
		model.addAttribute("unitForm", new UnitInput(UnitKind.TEXT, "", "", "", 0, 10, null));
		return coursePage(id, version, shown, model);
	}

	@PostMapping("/{course}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String delete(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, RedirectAttributes flash) {
		courses.get(id, version, course);
		if (act(flash, () -> courses.delete(id, version, course))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
			return "redirect:" + base(id, version) + "/courses";
		}
		return "redirect:" + base(id, version) + "/courses/" + course;
	}

	// ---- units ----

	@PostMapping("/{course}/units")
	@PreAuthorize(ContentAccess.WRITE)
	String addUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course,
			@ModelAttribute("unitForm") UnitInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Course shown = courses.get(id, version, course);
		if (!result.hasErrors()) {
			try {
				courses.addUnit(id, version, course, form.form());
				flash.addFlashAttribute("done", "training.page.done.created");
				return "redirect:" + base(id, version) + "/courses/" + course;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, UNIT_FIELDS);
			}
		}
		model.addAttribute("courseForm", CourseInput.of(shown));
		return coursePage(id, version, shown, model);
	}

	@PostMapping("/{course}/units/{unit}/move")
	@PreAuthorize(ContentAccess.WRITE)
	String moveUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		List<UUID> keys = courses.get(id, version, course).units().stream().map(Unit::key).toList();
		act(flash, () -> courses.reorderUnits(id, version, course, VersionPages.moved(keys, unit, VersionPages.direction(direction))));
		return "redirect:" + base(id, version) + "/courses/" + course;
	}

	@GetMapping("/{course}/units/{unit}")
	@PreAuthorize(ContentAccess.READ)
	String unit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit, Model model) {
		Course shown = courses.get(id, version, course);
		Unit found = unit(shown, unit);
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", UnitInput.of(found));
		}
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionInput("", QuestionKind.SINGLE, "", "", 1));
		}
		return unitPage(id, version, shown, found, model);
	}

	@PostMapping("/{course}/units/{unit}")
	@PreAuthorize(ContentAccess.WRITE)
	String updateUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@ModelAttribute("unitForm") UnitInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Course shown = courses.get(id, version, course);
		Unit found = unit(shown, unit);
		if (!result.hasErrors()) {
			try {
				courses.updateUnit(id, version, course, unit, form.form());
				flash.addFlashAttribute("done", "training.page.done.saved");
				return "redirect:" + base(id, version) + "/courses/" + course + "/units/" + unit;
			}
			catch (RuleViolationException e) {
				VersionPages.reject(e, result, UNIT_FIELDS);
			}
		}
		model.addAttribute("questionForm", new QuestionInput("", QuestionKind.SINGLE, "", "", 1));
		return unitPage(id, version, shown, found, model);
	}

	@PostMapping("/{course}/units/{unit}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String deleteUnit(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			RedirectAttributes flash) {
		unit(courses.get(id, version, course), unit);
		if (act(flash, () -> courses.deleteUnit(id, version, course, unit))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
		}
		return "redirect:" + base(id, version) + "/courses/" + course;
	}

	// ---- questions ----

	@PostMapping("/{course}/units/{unit}/questions")
	@PreAuthorize(ContentAccess.WRITE)
	String addQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@ModelAttribute("questionForm") QuestionInput form, BindingResult result, Model model, RedirectAttributes flash) {
		Course shown = courses.get(id, version, course);
		Unit found = unit(shown, unit);
		if (save(form, result, () -> courses.addQuestion(id, version, course, unit, question(form)))) {
			flash.addFlashAttribute("done", "training.page.done.created");
			return "redirect:" + base(id, version) + "/courses/" + course + "/units/" + unit;
		}
		model.addAttribute("unitForm", UnitInput.of(found));
		return unitPage(id, version, shown, found, model);
	}

	@PostMapping("/{course}/units/{unit}/questions/{question}/move")
	@PreAuthorize(ContentAccess.WRITE)
	String moveQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question, @RequestParam(defaultValue = "down") String direction, RedirectAttributes flash) {
		List<UUID> keys = unit(courses.get(id, version, course), unit).questions().stream().map(Question::key).toList();
		act(flash, () -> courses.reorderQuestions(id, version, course, unit,
				VersionPages.moved(keys, question, VersionPages.direction(direction))));
		return "redirect:" + base(id, version) + "/courses/" + course + "/units/" + unit;
	}

	@GetMapping("/{course}/units/{unit}/questions/{question}")
	@PreAuthorize(ContentAccess.READ)
	String question(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question, Model model) {
		Course shown = courses.get(id, version, course);
		Unit found = unit(shown, unit);
		Question q = question(found, question);
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", QuestionInput.of(q));
		}
		return questionPage(id, version, shown, found, q, model);
	}

	@PostMapping("/{course}/units/{unit}/questions/{question}")
	@PreAuthorize(ContentAccess.WRITE)
	String updateQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question, @ModelAttribute("questionForm") QuestionInput form, BindingResult result, Model model,
			RedirectAttributes flash) {
		Course shown = courses.get(id, version, course);
		Unit found = unit(shown, unit);
		Question q = question(found, question);
		if (save(form, result, () -> courses.updateQuestion(id, version, course, unit, question, question(form)))) {
			flash.addFlashAttribute("done", "training.page.done.saved");
			return "redirect:" + base(id, version) + "/courses/" + course + "/units/" + unit;
		}
		return questionPage(id, version, shown, found, q, model);
	}

	@PostMapping("/{course}/units/{unit}/questions/{question}/delete")
	@PreAuthorize(ContentAccess.WRITE)
	String deleteQuestion(@PathVariable UUID id, @PathVariable int version, @PathVariable UUID course, @PathVariable UUID unit,
			@PathVariable UUID question, RedirectAttributes flash) {
		question(unit(courses.get(id, version, course), unit), question);
		if (act(flash, () -> courses.deleteQuestion(id, version, course, unit, question))) {
			flash.addFlashAttribute("done", "training.page.done.deleted");
		}
		return "redirect:" + base(id, version) + "/courses/" + course + "/units/" + unit;
	}

	// ---- helpers ----

	private boolean save(QuestionInput form, BindingResult result, Runnable work) {
		if (result.hasErrors()) {
			return false;
		}
		if (form.correctIndexes() == null) {
			result.rejectValue("correct", "training.page.question.correctNumbers", new Object[] { form.optionList().size() }, null);
			return false;
		}
		try {
			work.run();
			return true;
		}
		catch (RuleViolationException e) {
			VersionPages.reject(e, result, QUESTION_FIELDS);
			return false;
		}
	}

	private static Courses.QuestionForm question(QuestionInput form) {
		return new Courses.QuestionForm(form.prompt(), form.kind(), form.optionList(), form.correctIndexes(), form.points());
	}


	private static Unit unit(Course course, UUID key) {
		return course.units().stream().filter(u -> u.key().equals(key)).findFirst()
			.orElseThrow(() -> new io.cotrain.shared.NotFoundException("course unit", key));
	}

	private static Question question(Unit unit, UUID key) {
		return unit.questions().stream().filter(q -> q.key().equals(key)).findFirst()
			.orElseThrow(() -> new io.cotrain.shared.NotFoundException("quiz question", key));
	}


	private String listPage(UUID id, int version, Model model) {
		pages.load(id, version, WRITERS, "courses", model);
		model.addAttribute("courses", courses.list(id, version));
		model.addAttribute("competencies", competencies.competencies());
		return "training/courses";
	}

	private String coursePage(UUID id, int version, Course course, Model model) {
		pages.load(id, version, WRITERS, "courses", model);
		model.addAttribute("course", course);
		model.addAttribute("competencies", competencies.competencies());
		return "training/course";
	}

	private String unitPage(UUID id, int version, Course course, Unit unit, Model model) {
		pages.load(id, version, WRITERS, "courses", model);
		model.addAttribute("course", course);
		model.addAttribute("unit", unit);
		return "training/unit";
	}

	private String questionPage(UUID id, int version, Course course, Unit unit, Question question, Model model) {
		pages.load(id, version, WRITERS, "courses", model);
		model.addAttribute("course", course);
		model.addAttribute("unit", unit);
		model.addAttribute("question", question);
		return "training/question";
	}
}
