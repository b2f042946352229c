package io.cotrain.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.training.TaskTemplates.Step;
import io.cotrain.training.TaskTemplates.Task;
import io.cotrain.training.programme.VersionContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Task templates as content of a programme version: a new version gets copies of every task, competency link and step
 * with the same keys and new ids, and the dependencies between the new steps (matched by key). A version cannot be
 * published while a task has no steps, or a step is due before a step it requires.
 */
@Component
class TaskContent implements VersionContent {

	private final JdbcClient jdbc;
	private final TaskReader reader;

	TaskContent(JdbcClient jdbc, TaskReader reader) {
		this.jdbc = jdbc;
		this.reader = reader;
	}

	@Override
	public void copy(UUID programme, int from, int to) {
		for (String sql : List.of("""
				insert into task_template (id, programme_id, version, key, code, title_zh, title_en, description, grace_hours,
				  position)
				select gen_random_uuid(), programme_id, :to, key, code, title_zh, title_en, description, grace_hours, position
				from task_template where programme_id = :p and version = :from""", """
				insert into task_competency (task_id, competency_id)
				select n.id, tc.competency_id from task_competency tc
				join task_template o on o.id = tc.task_id
				join task_template n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				where o.programme_id = :p and o.version = :from""", """
				insert into task_step (id, task_id, key, role, title, description, credit_hours, evidence, due_offset_days,
				  position)
				select gen_random_uuid(), n.id, s.key, s.role, s.title, s.description, s.credit_hours, s.evidence,
				  s.due_offset_days, s.position
				from task_step s
				join task_template o on o.id = s.task_id
				join task_template n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				where o.programme_id = :p and o.version = :from""", """
				insert into task_step_dependency (step_id, requires_step_id)
				select ns.id, nr.id from task_step_dependency d
				join task_step os on os.id = d.step_id
				join task_step orq on orq.id = d.requires_step_id
				join task_template o on o.id = os.task_id
				join task_template n on n.programme_id = o.programme_id and n.version = :to and n.key = o.key
				join task_step ns on ns.task_id = n.id and ns.key = os.key
				join task_step nr on nr.task_id = n.id and nr.key = orq.key
				where o.programme_id = :p and o.version = :from""")) {
			jdbc.sql(sql).param("p", programme).param("from", from).param("to", to).update();
		}
	}

	@Override
	public List<Violation> problems(UUID programme, int version) {
		List<Violation> problems = new ArrayList<>();
		for (Task task : reader.tasks(programme, version, null)) {
			String field = "tasks[" + task.key() + "]";
			if (task.steps().isEmpty()) {
				problems.add(new Violation(field, "training.task.noSteps", task.titleZh()));
			}
			Map<UUID, Step> steps = task.steps().stream().collect(Collectors.toMap(Step::key, Function.identity()));
			for (Step step : task.steps()) {
				for (UUID key : step.requires()) {
					Step required = steps.get(key);
					if (required.dueOffsetDays() > step.dueOffsetDays()) {
						problems.add(new Violation(field + ".steps[" + step.key() + "]", "training.step.dueBeforeRequired",
								step.title(), required.title()));
					}
				}
			}
		}
		return problems;
	}
}
