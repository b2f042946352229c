package io.cotrain.training.material;

import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The collaboration groups a learner or mentor belongs to, for the access check of {@link MaterialService#open}: read
 * here in one query rather than through every programme's group list.
 */
@Component
class MaterialGroups {

	/** A group of a programme. */
	record GroupRef(UUID programme, UUID group) {
	}

	private final JdbcClient jdbc;

	MaterialGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The groups of programmes that are not drafts in which the employee is the cadre, a clerk, the cadre's mentor or a
	 * clerk's mentor.
	 */
	List<GroupRef> of(EmployeeId employee) {
		return jdbc.sql("""
				select g.programme_id, g.id from collaboration_group g join programme p on p.id = g.programme_id
				where p.status <> 'DRAFT'
				  and (g.cadre_employee_id = :e or g.cadre_mentor_id = :e
				       or exists (select 1 from collaboration_group_member m
				                  where m.group_id = g.id and (m.clerk_employee_id = :e or m.mentor_employee_id = :e)))
				order by g.programme_id, g.number""")
			.param("e", employee.value())
			.query((rs, i) -> new GroupRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
	}

	/** The cadre and the clerks of a group. */
	List<EmployeeId> members(UUID group) {
		return jdbc.sql("""
				select cadre_employee_id from collaboration_group where id = :g
				union all
				select clerk_employee_id from collaboration_group_member where group_id = :g""")
			.param("g", group).query((rs, i) -> new EmployeeId(rs.getObject(1, UUID.class))).list();
	}

	/** Whether the employee mentors the cadre or a clerk of the group. */
	boolean mentors(UUID group, EmployeeId employee) {
		return jdbc.sql("""
				select count(*) from collaboration_group g
				where g.id = :g and (g.cadre_mentor_id = :e
				      or exists (select 1 from collaboration_group_member m where m.group_id = g.id and m.mentor_employee_id = :e))""")
			.param("g", group).param("e", employee.value()).query(Integer.class).single() > 0;
	}
}
