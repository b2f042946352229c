package io.cotrain.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The courses of a programme version, with their units (document, video link, text, quiz) and quiz questions.
 * <p>
 * Everything is addressed by its {@code key}, which stays the same in every version of the programme (a new version
 * copies the rows with their keys; ids are new), so {@code /versions/2/courses/K} is the same course as
 * {@code /versions/1/courses/K}. Changes are allowed in a DRAFT version only ({@code training.programme.notDraft}
 * otherwise); invalid input is refused with {@link io.cotrain.shared.RuleViolationException} field errors
 * ({@code training.*} message keys), unknown programmes, versions and keys with
 * {@link io.cotrain.shared.NotFoundException}. Lists are in their {@code position} order; new items go last.
 */
public interface Courses {

	enum Mode {
		/** Self-paced online. */
		ONLINE,
		/** An online session at a set time. */
		LIVE,
		/** A session on site. */
		OFFLINE
	}

	enum UnitKind {
		/** A document (a link for now; later a material of the library). */
		DOCUMENT,
		/** A video link (http or https). */
		VIDEO,
		/** Text written here ({@code body}). */
		TEXT,
		/** Questions graded automatically against a pass mark. */
		QUIZ
	}

	enum QuestionKind {
		/** Exactly one correct option. */
		SINGLE,
		/** One or more correct options; earns its points only when exactly those are chosen. */
		MULTIPLE
	}

	record Course(UUID id, UUID key, UUID programmeId, int version, String code, String titleZh, String titleEn,
			String description, Audience audience, Mode mode, BigDecimal creditHours, int position, List<UUID> competencyIds,
			List<Unit> units) {

		public String title(Locale locale) {
			return titleEn != null && "en".equals(locale.getLanguage()) ? titleEn : titleZh;
		}
	}

	/** @param competencyIds the competencies the course develops (of the tenant's competency model) */
	record CourseForm(String code, String titleZh, String titleEn, String description, Audience audience, Mode mode,
			BigDecimal creditHours, List<UUID> competencyIds) {
	}

	/**
	 * @param minSeconds minimum time open (reading, watching) before the unit counts as completed
	 * @param durationMinutes the unit's weight in the course's completion percentage
	 * @param passMark QUIZ only: the percentage of the points needed to pass (1–100)
	 */
	record Unit(UUID id, UUID key, UnitKind kind, String title, String body, String url, int minSeconds, int durationMinutes,
			Integer passMark, int position, List<Question> questions) {
	}

	/**
	 * @param body TEXT: required; other kinds: an optional note
	 * @param url VIDEO and DOCUMENT: required, http or https
	 * @param minSeconds null: 0
	 * @param passMark required for a QUIZ, ignored otherwise
	 */
	record UnitForm(UnitKind kind, String title, String body, String url, Integer minSeconds, Integer durationMinutes,
			Integer passMark) {
	}

	/**
	 * @param options the option texts in the order shown
	 * @param correct the indexes (0-based) of the correct options, ascending
	 */
	record Question(UUID id, UUID key, String prompt, QuestionKind kind, List<String> options, List<Integer> correct,
			int points, int position) {
	}

	/** @param points null: 1 */
	record QuestionForm(String prompt, QuestionKind kind, List<String> options, List<Integer> correct, Integer points) {
	}

	/**
	 * A graded quiz attempt.
	 *
	 * @param points the points earned: each question's points when the chosen options are exactly its correct ones
	 *        (all or nothing, also for MULTIPLE: a partial choice earns nothing), else 0
	 * @param percent {@code points / maxPoints} in percent, rounded half up to two decimals
	 * @param passed {@code points / maxPoints ≥ passMark %}, compared exactly (not the rounded percent)
	 * @param correct the keys of the questions answered correctly
	 */
	record Grade(int points, int maxPoints, BigDecimal percent, int passMark, boolean passed, List<UUID> correct) {
	}

	/** The version's courses with their units and questions. */
	List<Course> list(UUID programme, int version);

	Course get(UUID programme, int version, UUID course);

	Course create(UUID programme, int version, CourseForm form);

	Course update(UUID programme, int version, UUID course, CourseForm form);

	/** Deletes the course with its units and questions. */
	void delete(UUID programme, int version, UUID course);

	/** @param order every course key of the version, each once, in the new order */
	List<Course> reorder(UUID programme, int version, List<UUID> order);

	Unit addUnit(UUID programme, int version, UUID course, UnitForm form);

	/** A unit with questions cannot become another kind than QUIZ ({@code training.unit.hasQuestions}). */
	Unit updateUnit(UUID programme, int version, UUID course, UUID unit, UnitForm form);

	void deleteUnit(UUID programme, int version, UUID course, UUID unit);

	List<Unit> reorderUnits(UUID programme, int version, UUID course, List<UUID> order);

	/** Only a QUIZ unit has questions. */
	Question addQuestion(UUID programme, int version, UUID course, UUID unit, QuestionForm form);

	Question updateQuestion(UUID programme, int version, UUID course, UUID unit, UUID question, QuestionForm form);

	void deleteQuestion(UUID programme, int version, UUID course, UUID unit, UUID question);

	List<Question> reorderQuestions(UUID programme, int version, UUID course, UUID unit, List<UUID> order);

	/**
	 * Grades answers to a quiz unit of the version (any status: learners answer the published one).
	 *
	 * @param answers question key → the chosen option indexes (0-based); a question left out earns nothing
	 * @throws io.cotrain.shared.RuleViolationException {@code training.grade.notQuiz} for another kind of unit,
	 *         {@code training.grade.unknownQuestion} when an answer names a question the quiz does not have
	 */
	Grade grade(UUID programme, int version, UUID unit, Map<UUID, List<Integer>> answers);
}
