package io.cotrain.training.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of collaboration groups (tables {@code collaboration_group}, {@code collaboration_group_member}). */
@Component
class GroupStore {

	record GroupRow(UUID id, UUID programme, int number, EmployeeId cadre, EmployeeId cadreMentor, int score,
			List<Reason> cadreMentorReasons, Instant createdAt) {
	}

	record MemberRow(UUID group, EmployeeId clerk, EmployeeId mentor, int score, List<Reason> reasons, List<Reason> mentorReasons) {
	}

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	GroupStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The programme's status, locking its row when {@code lock} (serialises changes to its groups). */
	Optional<String> programmeStatus(UUID programme, boolean lock) {
		return jdbc.sql("select status from programme where id = :p" + (lock ? " for update" : "")).param("p", programme)
			.query(String.class).optional();
	}

	/** The regions of the programme's latest version. */
	Set<RegionId> regions(UUID programme) {
		return new HashSet<>(jdbc.sql("""
				select region_id from programme_region
				where programme_id = :p and version = (select max(version) from programme_version where programme_id = :p)""")
			.param("p", programme).query((rs, i) -> new RegionId(rs.getObject(1, UUID.class))).list());
	}

	List<GroupRow> groups(UUID programme) {
		return jdbc.sql("select * from collaboration_group where programme_id = :p order by number").param("p", programme)
			.query(this::group).list();
	}

	/** The groups of the programme with these ids, by number. */
	List<GroupRow> groups(UUID programme, Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : jdbc.sql("select * from collaboration_group where programme_id = :p and id in (:ids) order by number")
			.param("p", programme).param("ids", ids).query(this::group).list();
	}

	Optional<GroupRow> group(UUID programme, UUID id) {
		return jdbc.sql("select * from collaboration_group where programme_id = :p and id = :id").param("p", programme).param("id", id)
			.query(this::group).optional();
	}

	/** The group of the programme in which the employee is the cadre or a clerk. */
	Optional<UUID> groupOf(UUID programme, EmployeeId employee) {
		return jdbc.sql("""
				select id from collaboration_group where programme_id = :p and cadre_employee_id = :e
				union all
				select group_id from collaboration_group_member where programme_id = :p and clerk_employee_id = :e""")
			.param("p", programme).param("e", employee.value()).query(UUID.class).optional();
	}

	/** The groups in which the employee mentors the cadre or a clerk, over all programmes. */
	List<GroupRow> mentoredBy(EmployeeId mentor) {
		return jdbc.sql("""
				select * from collaboration_group g
				where g.cadre_mentor_id = :m
				   or exists (select 1 from collaboration_group_member m where m.group_id = g.id and m.mentor_employee_id = :m)
				order by g.programme_id, g.number""").param("m", mentor.value()).query(this::group).list();
	}

	List<MemberRow> members(Collection<UUID> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from collaboration_group_member where group_id in (:g)").param("g", groups)
			.query((rs, i) -> new MemberRow(rs.getObject("group_id", UUID.class), id(rs, "clerk_employee_id"), id(rs, "mentor_employee_id"),
					rs.getInt("score"), reasons(rs, "reasons"), reasons(rs, "mentor_reasons")))
			.list();
	}

	/** Everyone in a group of the programme (cadres and clerks). */
	Set<EmployeeId> grouped(UUID programme) {
		return new HashSet<>(jdbc.sql("""
				select cadre_employee_id from collaboration_group where programme_id = :p
				union select clerk_employee_id from collaboration_group_member where programme_id = :p""")
			.param("p", programme).query((rs, i) -> new EmployeeId(rs.getObject(1, UUID.class))).list());
	}

	/** Mentees per mentor over all groups of programmes that are not closed. */
	Map<EmployeeId, Integer> mentorLoad() {
		Map<EmployeeId, Integer> load = new HashMap<>();
		jdbc.sql("""
				select mentor, count(*) from (
				    select g.cadre_mentor_id as mentor, g.programme_id from collaboration_group g where g.cadre_mentor_id is not null
				    union all
				    select m.mentor_employee_id, m.programme_id from collaboration_group_member m where m.mentor_employee_id is not null
				) a join programme p on p.id = a.programme_id
				where p.status <> 'CLOSED'
				group by mentor""")
			.query((rs, i) -> load.put(new EmployeeId(rs.getObject(1, UUID.class)), rs.getInt(2))).list();
		return load;
	}

	/** Serialises capacity checks of these mentors across programmes until the transaction ends (ids sorted: no deadlock). */
	void lockMentors(Collection<EmployeeId> mentors) {
		mentors.stream().map(EmployeeId::value).distinct().sorted().forEach(m -> jdbc.sql("select pg_advisory_xact_lock(:k)")
			.param("k", m.getMostSignificantBits() ^ m.getLeastSignificantBits()).query((rs, i) -> 1).list());
	}

	int nextNumber(UUID programme) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from collaboration_group where programme_id = :p").param("p", programme)
			.query(Integer.class).single();
	}

	UUID insertGroup(UUID programme, int number, EmployeeId cadre, EmployeeId mentor, List<Reason> mentorReasons, Instant at, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into collaboration_group (id, programme_id, number, cadre_employee_id, cadre_mentor_id, score, cadre_mentor_reasons,
				    created_at, created_by)
				values (:id, :p, :n, :cadre, :mentor, 0, cast(:reasons as jsonb), :at, :by)""")
			.param("id", id).param("p", programme).param("n", number).param("cadre", cadre.value()).param("mentor", value(mentor))
			.param("reasons", json.writeValueAsString(mentorReasons)).param("at", Timestamp.from(at)).param("by", by).update();
		return id;
	}

	void insertMember(UUID group, UUID programme, EmployeeId clerk, Scoring.Scored pair, EmployeeId mentor, List<Reason> mentorReasons) {
		jdbc.sql("""
				insert into collaboration_group_member (group_id, programme_id, clerk_employee_id, mentor_employee_id, score, reasons,
				    mentor_reasons)
				values (:g, :p, :clerk, :mentor, :score, cast(:reasons as jsonb), cast(:mentorReasons as jsonb))""")
			.param("g", group).param("p", programme).param("clerk", clerk.value()).param("mentor", value(mentor))
			.param("score", pair.points()).param("reasons", json.writeValueAsString(pair.reasons()))
			.param("mentorReasons", json.writeValueAsString(mentorReasons)).update();
		updateScore(group);
	}

	void deleteMember(UUID group, EmployeeId clerk) {
		jdbc.sql("delete from collaboration_group_member where group_id = :g and clerk_employee_id = :c").param("g", group)
			.param("c", clerk.value()).update();
		updateScore(group);
	}

	void setCadreMentor(UUID group, EmployeeId mentor, List<Reason> reasons) {
		jdbc.sql("update collaboration_group set cadre_mentor_id = :m, cadre_mentor_reasons = cast(:r as jsonb) where id = :g")
			.param("m", value(mentor)).param("r", json.writeValueAsString(reasons)).param("g", group).update();
	}

	void setClerkMentor(UUID group, EmployeeId clerk, EmployeeId mentor, List<Reason> reasons) {
		jdbc.sql("""
				update collaboration_group_member set mentor_employee_id = :m, mentor_reasons = cast(:r as jsonb)
				where group_id = :g and clerk_employee_id = :c""")
			.param("m", value(mentor)).param("r", json.writeValueAsString(reasons)).param("g", group).param("c", clerk.value()).update();
	}

	/** A group's score is the sum of its clerks' pair scores. */
	private void updateScore(UUID group) {
		jdbc.sql("""
				update collaboration_group g set score = (select coalesce(sum(m.score), 0) from collaboration_group_member m
				                                          where m.group_id = g.id)
				where g.id = :g""").param("g", group).update();
	}

	private GroupRow group(ResultSet rs, int row) throws SQLException {
		return new GroupRow(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getInt("number"),
				id(rs, "cadre_employee_id"), id(rs, "cadre_mentor_id"), rs.getInt("score"), reasons(rs, "cadre_mentor_reasons"),
				rs.getTimestamp("created_at").toInstant());
	}

	private List<Reason> reasons(ResultSet rs, String column) throws SQLException {
		return json.readValue(rs.getString(column), REASONS);
	}

	private static EmployeeId id(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new EmployeeId(id);
	}

	private static UUID value(EmployeeId id) {
		return id == null ? null : id.value();
	}
}
