package io.cotrain.training.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cotrain.training.Audience;
import io.cotrain.training.TaskTemplates.EvidenceKind;
import io.cotrain.training.TaskTemplates.Step;
import io.cotrain.training.TaskTemplates.Task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the task templates of a version with their competencies, steps and step dependencies. */
@Component
class TaskReader {

	/** The version's rows, or only those of task {@code :k} when it is not null. */
	private static final String TASKS = "t.programme_id = :p and t.version = :v and (cast(:k as uuid) is null or t.key = :k)";

	private final JdbcClient jdbc;

	TaskReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param only a task key, or null for every task of the version */
	List<Task> tasks(UUID programme, int version, UUID only) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", programme);
		params.put("v", version);
		params.put("k", only);
		Map<UUID, List<UUID>> competencies = new HashMap<>();
		jdbc.sql("select tc.task_id, tc.competency_id from task_competency tc join task_template t on t.id = tc.task_id where "
				+ TASKS + " order by tc.competency_id").params(params)
			.query((ResultSet rs) -> {
				competencies.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		Map<UUID, List<UUID>> requires = new HashMap<>();
		jdbc.sql("""
				select d.step_id, r.key from task_step_dependency d
				join task_step r on r.id = d.requires_step_id
				join task_step s on s.id = d.step_id
				join task_template t on t.id = s.task_id
				where\s""" + TASKS + " order by r.position, r.key").params(params)
			.query((ResultSet rs) -> {
				requires.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		Map<UUID, List<Step>> steps = new HashMap<>();
		jdbc.sql("select s.* from task_step s join task_template t on t.id = s.task_id where " + TASKS + " order by s.position")
			.params(params)
			.query((ResultSet rs) -> {
				steps.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>()).add(step(rs, requires));
			});
		return jdbc.sql("select t.* from task_template t where " + TASKS + " order by t.position, t.code").params(params)
			.query((rs, row) -> task(rs, competencies, steps)).list();
	}

	private static Task task(ResultSet rs, Map<UUID, List<UUID>> competencies, Map<UUID, List<Step>> steps) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Task(id, rs.getObject("key", UUID.class), rs.getObject("programme_id", UUID.class), rs.getInt("version"),
				rs.getString("code"), rs.getString("title_zh"), rs.getString("title_en"), rs.getString("description"),
				rs.getInt("grace_hours"), rs.getInt("position"), List.copyOf(competencies.getOrDefault(id, List.of())),
				List.copyOf(steps.getOrDefault(id, List.of())));
	}

	private static Step step(ResultSet rs, Map<UUID, List<UUID>> requires) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Step(id, rs.getObject("key", UUID.class), Audience.valueOf(rs.getString("role")), rs.getString("title"),
				rs.getString("description"), rs.getBigDecimal("credit_hours"), evidence(rs.getArray("evidence")),
				rs.getInt("due_offset_days"), rs.getInt("position"), List.copyOf(requires.getOrDefault(id, List.of())));
	}

	private static Set<EvidenceKind> evidence(Array array) throws SQLException {
		Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
		for (Object kind : (Object[]) array.getArray()) {
			kinds.add(EvidenceKind.valueOf((String) kind));
		}
		return java.util.Collections.unmodifiableSet(kinds);
	}

	/** The "requires" edges between the steps of a task, by step id. */
	Map<UUID, List<UUID>> edges(UUID task) {
		Map<UUID, List<UUID>> edges = new HashMap<>();
		jdbc.sql("""
				select d.step_id, d.requires_step_id from task_step_dependency d join task_step s on s.id = d.step_id
				where s.task_id = :t""").param("t", task)
			.query((ResultSet rs) -> {
				edges.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		return edges;
	}
}
