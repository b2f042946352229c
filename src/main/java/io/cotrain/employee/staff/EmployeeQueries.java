package io.cotrain.employee.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.tenancy.RegionId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The module's SQL beyond single rows: list search, tags of a page, due assignments, head counts. */
@Component
class EmployeeQueries {

	private final JdbcClient jdbc;

	EmployeeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Found(List<UUID> ids, long total) {
	}

	Found search(EmployeeQuery q) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (q.text() != null) {
			where.append(" and (e.employee_no ilike :prefix escape '\\' or lower(e.name) like :contains escape '\\')");
			String text = escapeLike(q.text().toLowerCase(java.util.Locale.ROOT));
			params.put("prefix", text + "%");
			params.put("contains", "%" + text + "%");
		}
		filter(where, params, "e.region_id = :region", "region", q.region() == null ? null : q.region().value());
		filter(where, params, """
				e.org_unit_id in (with recursive sub(id) as (select cast(:orgUnit as uuid)
				  union all select o.id from org_unit o join sub on o.parent_id = sub.id) select id from sub)""", "orgUnit",
				q.orgUnit() == null ? null : q.orgUnit().value());
		filter(where, params, "e.position_id = :position", "position", q.position() == null ? null : q.position().value());
		filter(where, params, "e.position_id in (select p.id from job_position p where p.role_type = :roleType)", "roleType",
				q.roleType() == null ? null : q.roleType().name());
		// the tagged employees first (an array, read once), rather than a look-up in employee_tag for every employee
		filter(where, params, "e.id = any (array(select et.employee_id from employee_tag et where et.tag_id = :tag))", "tag",
				q.tag() == null ? null : q.tag().value());
		filter(where, params, "e.status = :status", "status", q.status() == null ? null : q.status().name());
		params.put("size", q.size());
		params.put("offset", (long) q.page() * q.size());
		String page = " from employee e" + where + " order by e.employee_no limit :size offset :offset";
		if (q.text() != null || q.tag() != null) {
			// a text search reads every visible row, and the tagged employees are read through employee_tag's row
			// security (which reads the employees again): either way, the page and the count in one pass
			List<Found> rows = jdbc.sql("select e.id, count(*) over () as total" + page).params(params)
				.query((rs, n) -> new Found(List.of(rs.getObject("id", UUID.class)), rs.getLong("total"))).list();
			if (!rows.isEmpty() || q.page() == 0) {
				return new Found(rows.stream().map(r -> r.ids().get(0)).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
			}
		}
		// otherwise the count reads an index (employee_count_idx) and the page follows the number index
		long total = jdbc.sql("select count(*) from employee e" + where).params(params).query(Long.class).single();
		if (total <= (long) q.page() * q.size()) {
			return new Found(List.of(), total);
		}
		return new Found(jdbc.sql("select e.id" + page).params(params).query(UUID.class).list(), total);
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			where.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The visible tags of each employee, by type and name. */
	Map<UUID, List<TagView>> tagsOf(Collection<UUID> employees) {
		Map<UUID, List<TagView>> tags = new HashMap<>();
		if (employees.isEmpty()) {
			return tags;
		}
		jdbc.sql("""
				select et.employee_id, t.id, t.type, t.name from employee_tag et join tag t on t.id = et.tag_id
				where et.employee_id in (:ids) order by t.type, t.name""")
			.param("ids", employees)
			.query((rs, n) -> {
				tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new TagView(new TagId(rs.getObject(2, UUID.class)), TagType.valueOf(rs.getString(3)), rs.getString(4)));
				return null;
			}).list();
		return tags;
	}

	/**
	 * Whether a visible employee has this number. Plain SQL, so no flush of the persistence context first: the
	 * service flushes after every write, and the unique constraint guards what the scope cannot see.
	 */
	boolean numberTaken(String employeeNo) {
		return jdbc.sql("select exists (select 1 from employee where employee_no = :no)").param("no", employeeNo)
			.query(Boolean.class).single();
	}

	/** Whether a visible employee other than {@code except} (null: any) has this terminal PIN; as {@link #numberTaken}. */
	boolean pinTaken(String terminalPin, UUID except) {
		return jdbc.sql("select exists (select 1 from employee where terminal_pin = :pin and id is distinct from :except)")
			.param("pin", terminalPin).param("except", except).query(Boolean.class).single();
	}

	/**
	 * For the rest of the current transaction, PostgreSQL plans every statement for the tables as they are then.
	 * A bulk write makes the employee tables grow within one transaction; a plan that the connection cached
	 * while they were small (a sequential scan: on a fresh tenant or database at the first import) would
	 * otherwise read the whole table for every single-row look-up, so the import would slow down quadratically.
	 */
	void planForGrowingTables() {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}

	/** Employees of a region whose next recorded assignment starts on or before {@code today}. */
	List<UUID> dueIn(RegionId region, LocalDate today) {
		return jdbc.sql("select id from employee where region_id = :region and next_change_on <= :today")
			.param("region", region.value()).param("today", today).query(UUID.class).list();
	}

	/** Active employees by the role type of their position, in the scope. */
	Map<RoleType, Long> activeByRoleType() {
		Map<RoleType, Long> counts = new EnumMap<>(RoleType.class);
		jdbc.sql("""
				select p.role_type, count(*) from employee e join job_position p on p.id = e.position_id
				where e.status = 'ACTIVE' group by p.role_type""")
			.query((rs, n) -> counts.put(RoleType.valueOf(rs.getString(1)), rs.getLong(2))).list();
		return counts;
	}
}
