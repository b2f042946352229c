package io.cotrain.training.content;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.Audience;
import io.cotrain.training.ContentSettings;
import io.cotrain.training.TaskTemplates.EvidenceKind;
import io.cotrain.training.TaskTemplates.StepForm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the steps of a task template and their dependencies (in the caller's transaction, after its draft check). */
@Component
class StepWriter {

	/** A year: a longer offset is a typing error. */
	static final int MAX_DUE_OFFSET_DAYS = 365;

	private final JdbcClient jdbc;
	private final TaskReader reader;
	private final TenantSettings settings;

	StepWriter(JdbcClient jdbc, TaskReader reader, TenantSettings settings) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.settings = settings;
	}

	Siblings siblings(UUID task) {
		return new Siblings(jdbc, "task_step", "task_id = :task", Map.of("task", task));
	}

	/** @return the new step's key */
	UUID add(UUID task, StepForm form) {
		Valid valid = validate(form);
		UUID key = UUID.randomUUID();
		jdbc.sql("""
				insert into task_step (id, task_id, key, role, title, description, credit_hours, evidence, due_offset_days, position)
				values (:id, :task, :key, :role, :title, :description, :hours, cast(:evidence as varchar(8)[]), :due, :position)""")
			.param("id", UUID.randomUUID()).param("task", task).param("key", key).params(valid.params())
			.param("position", siblings(task).next()).update();
		return key;
	}

	void update(UUID step, StepForm form) {
		Valid valid = validate(form);
		jdbc.sql("""
				update task_step set role = :role, title = :title, description = :description, credit_hours = :hours,
				  evidence = cast(:evidence as varchar(8)[]), due_offset_days = :due where id = :id""")
			.params(valid.params()).param("id", step).update();
	}

	void delete(UUID step) {
		jdbc.sql("delete from task_step where id = :id").param("id", step).update();
	}

	/**
	 * Adds {@code step → required} unless it would close a cycle, which is refused naming the steps of the cycle
	 * ({@code training.dependency.cycle}, e.g. "B → A → B").
	 */
	void require(UUID task, UUID step, UUID required) {
		if (step.equals(required)) {
			throw RuleViolationException.of("requires", "training.dependency.self");
		}
		List<UUID> cycle = new DependencyGraph<>(reader.edges(task)).cycleIfAdded(step, required);
		if (!cycle.isEmpty()) {
			Map<UUID, String> titles = jdbc.sql("select id, title from task_step where task_id = :t").param("t", task)
				.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			String path = cycle.stream().map(titles::get).collect(Collectors.joining(" → "));
			throw RuleViolationException.of("requires", "training.dependency.cycle", path);
		}
		jdbc.sql("insert into task_step_dependency (step_id, requires_step_id) values (:s, :r) on conflict do nothing")
			.param("s", step).param("r", required).update();
	}

	void unrequire(UUID step, UUID required) {
		jdbc.sql("delete from task_step_dependency where step_id = :s and requires_step_id = :r").param("s", step)
			.param("r", required).update();
	}

	private record Valid(Audience role, String title, String description, BigDecimal hours, Set<EvidenceKind> evidence,
			int dueOffsetDays) {

		Map<String, Object> params() {
			Map<String, Object> params = new java.util.HashMap<>();
			params.put("role", role.name());
			params.put("title", title);
			params.put("description", description);
			params.put("hours", hours);
			params.put("evidence", evidence.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")));
			params.put("due", dueOffsetDays);
			return params;
		}
	}

	/**
	 * A role, a title, credit hours (default: the tenant's hours for the role), at least one kind of evidence and a
	 * due offset of 0–365 days from the task's start.
	 */
	private Valid validate(StepForm form) {
		ContentChecks v = new ContentChecks();
		Audience role = v.present("role", form.role());
		String title = v.title("title", form.title());
		String description = v.optional("description", form.description(), ContentChecks.MAX_DESCRIPTION);
		BigDecimal hours = form.creditHours() != null ? v.hours("creditHours", form.creditHours())
				: role == null ? null : settings.get(ContentSettings.stepHours(role));
		Set<EvidenceKind> evidence = form.evidence() == null ? Set.of()
				: form.evidence().stream().filter(java.util.Objects::nonNull)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(EvidenceKind.class)));
		if (evidence.isEmpty()) {
			v.add("evidence", "training.step.evidence");
		}
		Integer due = v.range("dueOffsetDays", form.dueOffsetDays(), 0, MAX_DUE_OFFSET_DAYS, "training.step.dueOffset");
		v.throwIfAny();
		return new Valid(role, title, description, hours, evidence, due);
	}
}
