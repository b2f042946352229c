package io.cotrain.training.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.Programmes;
import io.cotrain.training.content.DependencyGraph;
import io.cotrain.training.programme.Drafts;
import io.cotrain.training.programme.VersionContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link LearningPaths} in plain SQL. A path is created with its first item. Items name courses and task steps of the
 * same version by key; a course's audience and a step's role must fit the path (JOINT fits both). Prerequisites are
 * checked for cycles with a depth-first search before they are stored. As {@link VersionContent} it copies paths,
 * items, prerequisites and checkpoints with their keys and, before publishing, requires every JOINT LIVE/OFFLINE
 * course of the version on both paths.
 */
@Service
@Transactional(readOnly = true)
class PathService implements LearningPaths, VersionContent {

	private final JdbcClient jdbc;
	private final Drafts drafts;
	private final Programmes programmes;

	PathService(JdbcClient jdbc, Drafts drafts, Programmes programmes) {
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.programmes = programmes;
	}

	@Override
	public List<Path> paths(UUID programme, int version) {
		programmes.version(programme, version);
		return List.of(read(programme, version, Role.CLERK), read(programme, version, Role.CADRE));
	}

	@Override
	public Path path(UUID programme, int version, Role role) {
		programmes.version(programme, version);
		return read(programme, version, role);
	}

	@Override
	@Transactional
	public Item addItem(UUID programme, int version, Role role, ItemForm form) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseGet(() -> createPath(programme, version, role));
		Ref ref = check(programme, version, role, form, null, path);
		int count = jdbc.sql("select count(*) from path_item where path_id = :p").param("p", path).query(Integer.class).single();
		int position = form.position() == null ? count : Math.max(0, Math.min(form.position(), count));
		jdbc.sql("update path_item set position = position + 1 where path_id = :p and position >= :pos").param("p", path)
			.param("pos", position).update();
		UUID key = UUID.randomUUID();
		jdbc.sql("""
				insert into path_item (id, path_id, key, kind, ref_key, schedule, due_on, position)
				values (:id, :path, :key, :kind, :ref, :schedule, :due, :pos)""")
			.param("id", UUID.randomUUID()).param("path", path).param("key", key).param("kind", form.kind().name())
			.param("ref", form.refKey()).param("schedule", ref.schedule().name()).param("due", ref.dueOn()).param("pos", position)
			.update();
		return item(programme, version, role, key);
	}

	@Override
	@Transactional
	public Item updateItem(UUID programme, int version, Role role, UUID itemKey, ItemForm form) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseThrow(() -> new NotFoundException("path item", itemKey));
		UUID id = itemId(path, itemKey);
		Ref ref = check(programme, version, role, form, itemKey, path);
		jdbc.sql("update path_item set kind = :kind, ref_key = :ref, schedule = :schedule, due_on = :due where id = :id")
			.param("id", id).param("kind", form.kind().name()).param("ref", form.refKey()).param("schedule", ref.schedule().name())
			.param("due", ref.dueOn()).update();
		if (form.position() != null) {
			move(path, id, form.position());
		}
		return item(programme, version, role, itemKey);
	}

	@Override
	@Transactional
	public void removeItem(UUID programme, int version, Role role, UUID itemKey) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseThrow(() -> new NotFoundException("path item", itemKey));
		UUID id = itemId(path, itemKey);
		int position = jdbc.sql("select position from path_item where id = :id").param("id", id).query(Integer.class).single();
		jdbc.sql("delete from path_item where id = :id").param("id", id).update();
		jdbc.sql("update path_item set position = position - 1 where path_id = :p and position > :pos").param("p", path)
			.param("pos", position).update();
	}

	@Override
	@Transactional
	public void addPrerequisite(UUID programme, int version, Role role, UUID itemKey, UUID requiredKey) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseThrow(() -> new NotFoundException("path item", itemKey));
		UUID item = itemId(path, itemKey);
		UUID required = itemId(path, requiredKey);
		Map<UUID, List<UUID>> requires = new HashMap<>();
		jdbc.sql("""
				select r.item_id, r.requires_item_id from path_item_prerequisite r join path_item i on i.id = r.item_id
				where i.path_id = :p""").param("p", path)
			.query((rs, n) -> requires.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class)))
			.list();
		List<UUID> cycle = new DependencyGraph<>(requires).cycleIfAdded(item, required);
		if (!cycle.isEmpty()) {
			Map<UUID, String> titles = titles(programme, version, path);
			throw RuleViolationException.of("requires", "training.path.cycle",
					String.join(" → ", cycle.stream().map(titles::get).toList()));
		}
		jdbc.sql("insert into path_item_prerequisite (item_id, requires_item_id) values (:i, :r) on conflict do nothing")
			.param("i", item).param("r", required).update();
	}

	@Override
	@Transactional
	public void removePrerequisite(UUID programme, int version, Role role, UUID itemKey, UUID requiredKey) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseThrow(() -> new NotFoundException("path item", itemKey));
		jdbc.sql("delete from path_item_prerequisite where item_id = :i and requires_item_id = :r").param("i", itemId(path, itemKey))
			.param("r", itemId(path, requiredKey)).update();
	}

	@Override
	@Transactional
	public Checkpoint addCheckpoint(UUID programme, int version, Role role, CheckpointForm form) {
		drafts.requireDraft(programme, version);
		Programmes.Version v = programmes.version(programme, version);
		List<Violation> problems = new ArrayList<>();
		if (form.dueOn() == null) {
			problems.add(new Violation("dueOn", "training.path.dueRequired"));
		}
		else if (form.dueOn().isBefore(v.startsOn()) || form.dueOn().isAfter(v.endsOn())) {
			problems.add(new Violation("dueOn", "training.path.dueOutsidePeriod", v.startsOn(), v.endsOn()));
		}
		if (form.expectedPercent() == null || form.expectedPercent() < 1 || form.expectedPercent() > 100) {
			problems.add(new Violation("expectedPercent", "training.path.percentRange"));
		}
		if (form.label() != null && form.label().strip().length() > 200) {
			problems.add(new Violation("label", "training.programme.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		UUID path = pathId(programme, version, role).orElseGet(() -> createPath(programme, version, role));
		UUID key = UUID.randomUUID();
		jdbc.sql("insert into path_checkpoint (id, path_id, key, due_on, expected_percent, label) values (:id, :p, :k, :d, :e, :l)")
			.param("id", UUID.randomUUID()).param("p", path).param("k", key).param("d", form.dueOn()).param("e", form.expectedPercent())
			.param("l", form.label() == null || form.label().isBlank() ? null : form.label().strip()).update();
		return new Checkpoint(key, form.dueOn(), form.expectedPercent(), form.label());
	}

	@Override
	@Transactional
	public void removeCheckpoint(UUID programme, int version, Role role, UUID checkpointKey) {
		drafts.requireDraft(programme, version);
		UUID path = pathId(programme, version, role).orElseThrow(() -> new NotFoundException("checkpoint", checkpointKey));
		if (jdbc.sql("delete from path_checkpoint where path_id = :p and key = :k").param("p", path).param("k", checkpointKey).update() == 0) {
			throw new NotFoundException("checkpoint", checkpointKey);
		}
	}

	// ---- versions ----

	@Override
	public void copy(UUID programme, int from, int to) {
		Map<UUID, UUID> itemIds = new HashMap<>();
		for (Map<String, Object> path : jdbc.sql("select id, key, role from learning_path where programme_id = :p and version = :v")
			.param("p", programme).param("v", from).query().listOfRows()) {
			UUID newPath = UUID.randomUUID();
			jdbc.sql("insert into learning_path (id, programme_id, version, key, role) values (:id, :p, :v, :k, :r)")
				.param("id", newPath).param("p", programme).param("v", to).param("k", path.get("key")).param("r", path.get("role")).update();
			for (Map<String, Object> item : jdbc.sql("select * from path_item where path_id = :p").param("p", path.get("id")).query().listOfRows()) {
				UUID newItem = UUID.randomUUID();
				itemIds.put((UUID) item.get("id"), newItem);
				jdbc.sql("""
						insert into path_item (id, path_id, key, kind, ref_key, schedule, due_on, position)
						values (:id, :path, :key, :kind, :ref, :schedule, :due, :pos)""")
					.param("id", newItem).param("path", newPath).param("key", item.get("key")).param("kind", item.get("kind"))
					.param("ref", item.get("ref_key")).param("schedule", item.get("schedule")).param("due", item.get("due_on"))
					.param("pos", item.get("position")).update();
			}
			jdbc.sql("""
					insert into path_checkpoint (id, path_id, key, due_on, expected_percent, label)
					select gen_random_uuid(), :np, key, due_on, expected_percent, label from path_checkpoint where path_id = :op""")
				.param("np", newPath).param("op", path.get("id")).update();
		}
		for (Map<String, Object> edge : jdbc.sql("""
				select r.item_id, r.requires_item_id from path_item_prerequisite r join path_item i on i.id = r.item_id
				join learning_path p on p.id = i.path_id where p.programme_id = :p and p.version = :v""")
			.param("p", programme).param("v", from).query().listOfRows()) {
			jdbc.sql("insert into path_item_prerequisite (item_id, requires_item_id) values (:i, :r)")
				.param("i", itemIds.get(edge.get("item_id"))).param("r", itemIds.get(edge.get("requires_item_id"))).update();
		}
	}

	@Override
	public List<Violation> problems(UUID programme, int version) {
		List<String> missing = jdbc.sql("""
				select c.title_zh from course c
				where c.programme_id = :p and c.version = :v and c.audience = 'JOINT' and c.mode in ('LIVE', 'OFFLINE')
				  and (select count(distinct lp.role) from path_item i join learning_path lp on lp.id = i.path_id
				       where lp.programme_id = :p and lp.version = :v and i.kind = 'COURSE' and i.ref_key = c.key) < 2
				order by c.position""")
			.param("p", programme).param("v", version).query(String.class).list();
		return missing.stream().map(title -> new Violation(null, "training.path.jointOnBothPaths", title)).toList();
	}

	// ---- helpers ----

	private record Ref(Schedule schedule, LocalDate dueOn) {
	}

	/** Checks an item against the version's content and period; returns its schedule and due date. */
	private Ref check(UUID programme, int version, Role role, ItemForm form, UUID itemKey, UUID path) {
		List<Violation> problems = new ArrayList<>();
		if (form.kind() == null) {
			throw RuleViolationException.of("kind", "training.path.kindRequired");
		}
		if (form.refKey() == null) {
			throw RuleViolationException.of("refKey", "training.path.refRequired");
		}
		Optional<Map<String, Object>> target = form.kind() == ItemKind.COURSE
				? jdbc.sql("select audience, mode from course where programme_id = :p and version = :v and key = :k")
					.param("p", programme).param("v", version).param("k", form.refKey()).query().listOfRows().stream().findFirst()
				: jdbc.sql("""
						select s.role as audience, null as mode from task_step s join task_template t on t.id = s.task_id
						where t.programme_id = :p and t.version = :v and s.key = :k""")
					.param("p", programme).param("v", version).param("k", form.refKey()).query().listOfRows().stream().findFirst();
		if (target.isEmpty()) {
			throw RuleViolationException.of("refKey", "training.path.unknownRef");
		}
		String audience = (String) target.get().get("audience");
		if (!audience.equals("JOINT") && !audience.equals(role.name())) {
			problems.add(new Violation("refKey", "training.path.wrongAudience"));
		}
		boolean jointSession = form.kind() == ItemKind.COURSE && audience.equals("JOINT")
				&& ("LIVE".equals(target.get().get("mode")) || "OFFLINE".equals(target.get().get("mode")));
		Schedule schedule = form.schedule() != null ? form.schedule() : jointSession ? Schedule.FIXED : Schedule.FLEXIBLE;
		if (jointSession && schedule != Schedule.FIXED) {
			problems.add(new Violation("schedule", "training.path.jointSessionFixed"));
		}
		Programmes.Version v = programmes.version(programme, version);
		LocalDate due = form.dueOn();
		if (schedule == Schedule.FLEXIBLE && due == null) {
			problems.add(new Violation("dueOn", "training.path.dueRequired"));
		}
		if (due != null && (due.isBefore(v.startsOn()) || due.isAfter(v.endsOn()))) {
			problems.add(new Violation("dueOn", "training.path.dueOutsidePeriod", v.startsOn(), v.endsOn()));
		}
		Integer taken = jdbc.sql("select count(*) from path_item where path_id = :p and kind = :k and ref_key = :r and key <> :self")
			.param("p", path).param("k", form.kind().name()).param("r", form.refKey())
			.param("self", itemKey == null ? UUID.randomUUID() : itemKey).query(Integer.class).single();
		if (taken > 0) {
			problems.add(new Violation("refKey", "training.path.duplicate"));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		return new Ref(schedule, due);
	}

	private Optional<UUID> pathId(UUID programme, int version, Role role) {
		return jdbc.sql("select id from learning_path where programme_id = :p and version = :v and role = :r").param("p", programme)
			.param("v", version).param("r", role.name()).query(UUID.class).optional();
	}

	private UUID createPath(UUID programme, int version, Role role) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into learning_path (id, programme_id, version, key, role) values (:id, :p, :v, :k, :r)").param("id", id)
			.param("p", programme).param("v", version).param("k", UUID.randomUUID()).param("r", role.name()).update();
		return id;
	}

	private UUID itemId(UUID path, UUID itemKey) {
		return jdbc.sql("select id from path_item where path_id = :p and key = :k").param("p", path).param("k", itemKey)
			.query(UUID.class).optional().orElseThrow(() -> new NotFoundException("path item", itemKey));
	}

	private void move(UUID path, UUID id, int position) {
		List<UUID> order = new ArrayList<>(jdbc.sql("select id from path_item where path_id = :p order by position").param("p", path)
			.query(UUID.class).list());
		order.remove(id);
		order.add(Math.max(0, Math.min(position, order.size())), id);
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update path_item set position = :pos where id = :id").param("pos", i).param("id", order.get(i)).update();
		}
	}

	private Item item(UUID programme, int version, Role role, UUID key) {
		return read(programme, version, role).items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
	}

	/** Item id → title (the course's or the step's), for messages. */
	private Map<UUID, String> titles(UUID programme, int version, UUID path) {
		Map<UUID, String> titles = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, coalesce(c.title_zh, s.title) from path_item i
				left join course c on i.kind = 'COURSE' and c.programme_id = :p and c.version = :v and c.key = i.ref_key
				left join task_step s on i.kind = 'TASK_STEP' and s.key = i.ref_key
				     and s.task_id in (select id from task_template where programme_id = :p and version = :v)
				where i.path_id = :path""")
			.param("p", programme).param("v", version).param("path", path)
			.query((rs, n) -> titles.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
		return titles;
	}

	private Path read(UUID programme, int version, Role role) {
		Optional<Map<String, Object>> path = jdbc.sql("select id, key from learning_path where programme_id = :p and version = :v and role = :r")
			.param("p", programme).param("v", version).param("r", role.name()).query().listOfRows().stream().findFirst();
		if (path.isEmpty()) {
			return new Path(null, role, List.of(), List.of());
		}
		UUID pathId = (UUID) path.get().get("id");
		Map<UUID, List<UUID>> requires = new HashMap<>();
		jdbc.sql("""
				select i.key, r2.key from path_item_prerequisite p join path_item i on i.id = p.item_id
				join path_item r2 on r2.id = p.requires_item_id where i.path_id = :path""")
			.param("path", pathId)
			.query((rs, n) -> requires.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class)))
			.list();
		Map<UUID, String> titles = titles(programme, version, pathId);
		List<Item> items = jdbc.sql("select * from path_item where path_id = :path order by position").param("path", pathId)
			.query((rs, n) -> new Item(rs.getObject("key", UUID.class), ItemKind.valueOf(rs.getString("kind")), rs.getObject("ref_key", UUID.class),
					titles.get(rs.getObject("id", UUID.class)), Schedule.valueOf(rs.getString("schedule")), rs.getObject("due_on", LocalDate.class),
					rs.getInt("position"), List.copyOf(requires.getOrDefault(rs.getObject("key", UUID.class), List.of()))))
			.list();
		List<Checkpoint> checkpoints = jdbc.sql("select * from path_checkpoint where path_id = :path order by due_on, expected_percent")
			.param("path", pathId)
			.query((rs, n) -> new Checkpoint(rs.getObject("key", UUID.class), rs.getObject("due_on", LocalDate.class),
					rs.getInt("expected_percent"), rs.getString("label")))
			.list();
		return new Path((UUID) path.get().get("key"), role, items, checkpoints);
	}
}
