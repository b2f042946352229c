package io.cotrain.training.content;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Setting;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.ContentSettings;
import io.cotrain.training.TaskTemplates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Task templates in plain SQL; steps and their dependencies are written by {@link StepWriter}. */
@Service
@Transactional(readOnly = true)
class TaskService implements TaskTemplates {

	private final JdbcClient jdbc;
	private final Keys keys;
	private final TaskReader reader;
	private final StepWriter steps;
	private final TenantSettings settings;
	private final AuditLog audit;

	TaskService(JdbcClient jdbc, Keys keys, TaskReader reader, StepWriter steps, TenantSettings settings,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.reader = reader;
		this.steps = steps;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	public List<Task> list(UUID programme, int version) {
		keys.requireVersion(programme, version);
		return reader.tasks(programme, version, null);
	}

	@Override
	public Task get(UUID programme, int version, UUID task) {
		return reader.tasks(programme, version, task).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("task template", task));
	}

	@Override
	@Transactional
	public Task create(UUID programme, int version, TaskForm form) {
		keys.requireDraft(programme, version);
		UUID key = UUID.randomUUID();
		UUID id = UUID.randomUUID();
		Valid valid = validate(programme, version, key, form);
		jdbc.sql("""
				insert into task_template (id, programme_id, version, key, code, title_zh, grace_hours, position)
				values (:id, :p, :v, :key, :code, :title, :grace, :position)""")
			.param("id", id).param("p", programme).param("v", version).param("key", key).param("code", valid.code)
			.param("title", valid.titleZh).param("grace", valid.graceHours)
			.param("position", siblings(programme, version).next()).update();
		write(id, valid);
		audit.record("TRAINING_TASK_CREATED", "task_template", id, CourseService.details(programme, version, valid.code));
		return get(programme, version, key);
	}

	@Override
	@Transactional
	public Task update(UUID programme, int version, UUID task, TaskForm form) {
		keys.requireDraft(programme, version);
		UUID id = keys.task(programme, version, task);
		Valid valid = validate(programme, version, task, form);
		write(id, valid);
		audit.record("TRAINING_TASK_CHANGED", "task_template", id, CourseService.details(programme, version, valid.code));
		return get(programme, version, task);
	}

	@Override
	@Transactional
	public void delete(UUID programme, int version, UUID task) {
		keys.requireDraft(programme, version);
		UUID id = keys.task(programme, version, task);
		String code = jdbc.sql("delete from task_template where id = :id returning code").param("id", id).query(String.class)
			.single();
		audit.record("TRAINING_TASK_DELETED", "task_template", id, CourseService.details(programme, version, code));
	}

	@Override
	@Transactional
	public List<Task> reorder(UUID programme, int version, List<UUID> order) {
		keys.requireDraft(programme, version);
		siblings(programme, version).reorder(order);
		return reader.tasks(programme, version, null);
	}

	@Override
	@Transactional
	public Step addStep(UUID programme, int version, UUID task, StepForm form) {
		keys.requireDraft(programme, version);
		UUID key = steps.add(keys.task(programme, version, task), form);
		return step(programme, version, task, key);
	}

	@Override
	@Transactional
	public Step updateStep(UUID programme, int version, UUID task, UUID step, StepForm form) {
		keys.requireDraft(programme, version);
		UUID taskId = keys.task(programme, version, task);
		steps.update(keys.step(taskId, step), form);
		return step(programme, version, task, step);
	}

	@Override
	@Transactional
	public void deleteStep(UUID programme, int version, UUID task, UUID step) {
		keys.requireDraft(programme, version);
		steps.delete(keys.step(keys.task(programme, version, task), step));
	}

	@Override
	@Transactional
	public List<Step> reorderSteps(UUID programme, int version, UUID task, List<UUID> order) {
		keys.requireDraft(programme, version);
		steps.siblings(keys.task(programme, version, task)).reorder(order);
		return get(programme, version, task).steps();
	}

	@Override
	@Transactional
	public Step require(UUID programme, int version, UUID task, UUID step, UUID required) {
		keys.requireDraft(programme, version);
		UUID taskId = keys.task(programme, version, task);
		steps.require(taskId, keys.step(taskId, step), keys.step(taskId, required));
		return step(programme, version, task, step);
	}

	@Override
	@Transactional
	public Step unrequire(UUID programme, int version, UUID task, UUID step, UUID required) {
		keys.requireDraft(programme, version);
		UUID taskId = keys.task(programme, version, task);
		steps.unrequire(keys.step(taskId, step), keys.step(taskId, required));
		return step(programme, version, task, step);
	}

	private Step step(UUID programme, int version, UUID task, UUID step) {
		return get(programme, version, task).steps().stream().filter(s -> s.key().equals(step)).findFirst()
			.orElseThrow(() -> new NotFoundException("task step", step));
	}

	private Siblings siblings(UUID programme, int version) {
		return new Siblings(jdbc, "task_template", "programme_id = :p and version = :v", Map.of("p", programme, "v", version));
	}

	private record Valid(String code, String titleZh, String titleEn, String description, int graceHours,
			List<UUID> competencies) {
	}

	private Valid validate(UUID programme, int version, UUID key, TaskForm form) {
		ContentChecks v = new ContentChecks();
		String code = v.code("code", form.code());
		if (!v.has("code") && jdbc.sql("""
				select count(*) from task_template where programme_id = :p and version = :v and code = :code and key <> :key""")
			.param("p", programme).param("v", version).param("code", code).param("key", key).query(Integer.class).single() > 0) {
			v.add("code", "validation.duplicate");
		}
		String titleZh = v.title("titleZh", form.titleZh());
		String titleEn = v.optional("titleEn", form.titleEn(), ContentChecks.MAX_TITLE);
		String description = v.optional("description", form.description(), ContentChecks.MAX_DESCRIPTION);
		Setting<Integer> grace = ContentSettings.GRACE_HOURS;
		Integer graceHours = form.graceHours() == null ? settings.get(grace)
				: v.range("graceHours", form.graceHours(), grace.min(), grace.max(), "training.task.graceHours");
		List<UUID> chosen = v.competencies("competencyIds", form.competencyIds(), keys::competencies);
		v.throwIfAny();
		return new Valid(code, titleZh, titleEn, description, graceHours, chosen);
	}

	private void write(UUID id, Valid valid) {
		jdbc.sql("""
				update task_template set code = :code, title_zh = :zh, title_en = :en, description = :d, grace_hours = :grace
				where id = :id""")
			.param("code", valid.code).param("zh", valid.titleZh).param("en", valid.titleEn).param("d", valid.description)
			.param("grace", valid.graceHours).param("id", id).update();
		jdbc.sql("delete from task_competency where task_id = :id").param("id", id).update();
		for (UUID competency : valid.competencies) {
			jdbc.sql("insert into task_competency (task_id, competency_id) values (:id, :c)").param("id", id)
				.param("c", competency).update();
		}
	}
}
