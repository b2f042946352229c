package io.cotrain.training.content;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.training.Courses;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Courses in plain SQL; units and questions are written by {@link UnitWriter} and {@link QuestionWriter}. */
@Service
@Transactional(readOnly = true)
class CourseService implements Courses {

	private final JdbcClient jdbc;
	private final Keys keys;
	private final CourseReader reader;
	private final UnitWriter units;
	private final QuestionWriter questions;
	private final AuditLog audit;

	CourseService(JdbcClient jdbc, Keys keys, CourseReader reader, UnitWriter units, QuestionWriter questions,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.reader = reader;
		this.units = units;
		this.questions = questions;
		this.audit = audit;
	}

	@Override
	public List<Course> list(UUID programme, int version) {
		keys.requireVersion(programme, version);
		return reader.courses(programme, version, null);
	}

	@Override
	public Course get(UUID programme, int version, UUID course) {
		return reader.courses(programme, version, course).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("course", course));
	}

	@Override
	@Transactional
	public Course create(UUID programme, int version, CourseForm form) {
		keys.requireDraft(programme, version);
		UUID key = UUID.randomUUID();
		UUID id = UUID.randomUUID();
		Siblings siblings = siblings(programme, version);
		Valid valid = validate(programme, version, key, form);
		jdbc.sql("""
				insert into course (id, programme_id, version, key, code, title_zh, audience, mode, credit_hours, position)
				values (:id, :p, :v, :key, :code, :title, :audience, :mode, :hours, :position)""")
			.param("id", id).param("p", programme).param("v", version).param("key", key).param("code", valid.code)
			.param("title", valid.titleZh).param("audience", form.audience().name()).param("mode", form.mode().name())
			.param("hours", form.creditHours()).param("position", siblings.next()).update();
		write(id, form, valid);
		audit.record("TRAINING_COURSE_CREATED", "course", id, details(programme, version, valid.code));
		return get(programme, version, key);
	}

	@Override
	@Transactional
	public Course update(UUID programme, int version, UUID course, CourseForm form) {
		keys.requireDraft(programme, version);
		UUID id = keys.course(programme, version, course);
		Valid valid = validate(programme, version, course, form);
		write(id, form, valid);
		audit.record("TRAINING_COURSE_CHANGED", "course", id, details(programme, version, valid.code));
		return get(programme, version, course);
	}

	@Override
	@Transactional
	public void delete(UUID programme, int version, UUID course) {
		keys.requireDraft(programme, version);
		UUID id = keys.course(programme, version, course);
		String code = jdbc.sql("delete from course where id = :id returning code").param("id", id).query(String.class).single();
		audit.record("TRAINING_COURSE_DELETED", "course", id, details(programme, version, code));
	}

	@Override
	@Transactional
	public List<Course> reorder(UUID programme, int version, List<UUID> order) {
		keys.requireDraft(programme, version);
		siblings(programme, version).reorder(order);
		return reader.courses(programme, version, null);
	}

	@Override
	@Transactional
	public Unit addUnit(UUID programme, int version, UUID course, UnitForm form) {
		keys.requireDraft(programme, version);
		UUID key = units.add(keys.course(programme, version, course), form);
		return unit(programme, version, course, key);
	}

	@Override
	@Transactional
	public Unit updateUnit(UUID programme, int version, UUID course, UUID unit, UnitForm form) {
		keys.requireDraft(programme, version);
		UUID courseId = keys.course(programme, version, course);
		units.update(keys.unit(courseId, unit), form);
		return unit(programme, version, course, unit);
	}

	@Override
	@Transactional
	public void deleteUnit(UUID programme, int version, UUID course, UUID unit) {
		keys.requireDraft(programme, version);
		units.delete(keys.unit(keys.course(programme, version, course), unit));
	}

	@Override
	@Transactional
	public List<Unit> reorderUnits(UUID programme, int version, UUID course, List<UUID> order) {
		keys.requireDraft(programme, version);
		units.siblings(keys.course(programme, version, course)).reorder(order);
		return get(programme, version, course).units();
	}

	@Override
	@Transactional
	public Question addQuestion(UUID programme, int version, UUID course, UUID unit, QuestionForm form) {
		keys.requireDraft(programme, version);
		UUID unitId = keys.unit(keys.course(programme, version, course), unit);
		UUID key = questions.add(unitId, form);
		return question(programme, version, course, unit, key);
	}

	@Override
	@Transactional
	public Question updateQuestion(UUID programme, int version, UUID course, UUID unit, UUID question, QuestionForm form) {
		keys.requireDraft(programme, version);
		UUID unitId = keys.unit(keys.course(programme, version, course), unit);
		questions.update(unitId, keys.question(unitId, question), form);
		return question(programme, version, course, unit, question);
	}

	@Override
	@Transactional
	public void deleteQuestion(UUID programme, int version, UUID course, UUID unit, UUID question) {
		keys.requireDraft(programme, version);
		UUID unitId = keys.unit(keys.course(programme, version, course), unit);
		questions.delete(keys.question(unitId, question));
	}

	@Override
	@Transactional
	public List<Question> reorderQuestions(UUID programme, int version, UUID course, UUID unit, List<UUID> order) {
		keys.requireDraft(programme, version);
		questions.siblings(keys.unit(keys.course(programme, version, course), unit)).reorder(order);
		return unit(programme, version, course, unit).questions();
	}

	@Override
	public Grade grade(UUID programme, int version, UUID unit, Map<UUID, List<Integer>> answers) {
		keys.requireVersion(programme, version);
		UUID course = jdbc.sql("""
				select c.key from course_unit u join course c on c.id = u.course_id
				where c.programme_id = :p and c.version = :v and u.key = :u""")
			.param("p", programme).param("v", version).param("u", unit).query(UUID.class).optional()
			.orElseThrow(() -> new NotFoundException("course unit", unit));
		return QuizGrader.grade(unit(programme, version, course, unit), answers);
	}

	private Unit unit(UUID programme, int version, UUID course, UUID unit) {
		return get(programme, version, course).units().stream().filter(u -> u.key().equals(unit)).findFirst()
			.orElseThrow(() -> new NotFoundException("course unit", unit));
	}

	private Question question(UUID programme, int version, UUID course, UUID unit, UUID question) {
		return unit(programme, version, course, unit).questions().stream().filter(q -> q.key().equals(question)).findFirst()
			.orElseThrow(() -> new NotFoundException("quiz question", question));
	}

	private Siblings siblings(UUID programme, int version) {
		return new Siblings(jdbc, "course", "programme_id = :p and version = :v", Map.of("p", programme, "v", version));
	}

	private record Valid(String code, String titleZh, String titleEn, String description, List<UUID> competencies) {
	}

	private Valid validate(UUID programme, int version, UUID key, CourseForm form) {
		ContentChecks v = new ContentChecks();
		String code = v.code("code", form.code());
		if (!v.has("code") && jdbc.sql("""
				select count(*) from course where programme_id = :p and version = :v and code = :code and key <> :key""")
			.param("p", programme).param("v", version).param("code", code).param("key", key).query(Integer.class).single() > 0) {
			v.add("code", "validation.duplicate");
		}
		String titleZh = v.title("titleZh", form.titleZh());
		String titleEn = v.optional("titleEn", form.titleEn(), ContentChecks.MAX_TITLE);
		String description = v.optional("description", form.description(), ContentChecks.MAX_DESCRIPTION);
		v.present("audience", form.audience());
		v.present("mode", form.mode());
		v.hours("creditHours", form.creditHours());
		List<UUID> chosen = v.competencies("competencyIds", form.competencyIds(), keys::competencies);
		v.throwIfAny();
		return new Valid(code, titleZh, titleEn, description, chosen);
	}

	private void write(UUID id, CourseForm form, Valid valid) {
		jdbc.sql("""
				update course set code = :code, title_zh = :zh, title_en = :en, description = :d, audience = :audience,
				  mode = :mode, credit_hours = :hours where id = :id""")
			.param("code", valid.code).param("zh", valid.titleZh).param("en", valid.titleEn).param("d", valid.description)
			.param("audience", form.audience().name()).param("mode", form.mode().name()).param("hours", form.creditHours())
			.param("id", id).update();
		jdbc.sql("delete from course_competency where course_id = :id").param("id", id).update();
		for (UUID competency : valid.competencies) {
			jdbc.sql("insert into course_competency (course_id, competency_id) values (:id, :c)").param("id", id)
				.param("c", competency).update();
		}
	}

	static Map<String, Object> details(UUID programme, int version, String code) {
		return Map.of("programme", programme, "version", version, "code", code);
	}
}
