package io.cotrain.training.progress;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.ProgrammePublished;
import io.cotrain.training.group.GroupMembersChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enrols the members of an active programme's groups: when the programme is activated (its first publish) and whenever
 * groups are saved or a clerk moves while it is active. Runs in the publishing transaction; each new learner gets an
 * in-app notice. A learner stays enrolled (with the progress earned) when moved to another group.
 */
@Component
class Enrolments {

	private final JdbcClient jdbc;
	private final Milestones milestones;
	private final java.time.Clock clock;

	Enrolments(JdbcClient jdbc, Milestones milestones, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.milestones = milestones;
		this.clock = clock;
	}

	@EventListener
	void on(ProgrammePublished published) {
		if (published.activated()) {
			enrol(published.programmeId());
		}
	}

	@EventListener
	void on(GroupMembersChanged changed) {
		enrol(changed.programmeId());
	}

	void enrol(UUID programme) {
		String name = jdbc.sql("select name from programme where id = :p and status = 'ACTIVE'").param("p", programme)
			.query(String.class).optional().orElse(null);
		if (name == null) {
			return;
		}
		Map<EmployeeId, Role> enrolled = new LinkedHashMap<>();
		jdbc.sql("""
				insert into training_enrolment (programme_id, employee_id, role, enrolled_at)
				select :p, member, role, :at from (
				    select g.cadre_employee_id as member, 'CADRE' as role, g.number, 0 as clerk from collaboration_group g
				    where g.programme_id = :p
				    union all
				    select m.clerk_employee_id, 'CLERK', g.number, 1 from collaboration_group_member m
				    join collaboration_group g on g.id = m.group_id where m.programme_id = :p
				) members
				order by number, clerk
				on conflict do nothing
				returning employee_id, role""").param("p", programme).param("at", Timestamp.from(clock.instant()))
			.query((rs, n) -> enrolled.put(new EmployeeId(rs.getObject(1, UUID.class)), Role.valueOf(rs.getString(2)))).list();
		if (!enrolled.isEmpty()) {
			milestones.enrolled(programme, name, enrolled);
		}
	}
}
