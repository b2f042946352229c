package io.cotrain.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;
import io.cotrain.training.Courses;
import io.cotrain.training.Occurrences.Attendance;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Occurrences.Source;
import io.cotrain.training.Occurrences.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of occurrences ({@code course_occurrence}, {@code course_occurrence_group}, {@code course_attendance}); every
 * statement runs in the caller's scope, so a region admin reads and writes only the occurrences of its regions.
 */
@Component
class OccurrenceStore {

	record Row(UUID id, UUID programme, UUID courseKey, RegionId region, Instant startsAt, Instant endsAt, String venue,
			String onlineUrl, String note, Status status, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
	}

	record CourseTitle(String code, String titleZh, String titleEn, Courses.Mode mode) {
	}

	record Recorded(Attendance status, Source source, String note, Instant recordedAt, String recordedBy) {
	}

	/** A mentor's occurrence: how many of the mentor's mentees it invites, and for how many attendance is recorded. */
	record MentorCount(UUID occurrence, UUID programme, int mentees, int recorded) {
	}

	private final JdbcClient jdbc;

	OccurrenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> rows(UUID programme) {
		return jdbc.sql("select * from course_occurrence where programme_id = :p order by starts_at, id").param("p", programme)
			.query(this::row).list();
	}

	List<Row> rows(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from course_occurrence where id in (:ids) order by starts_at, id").param("ids", ids)
			.query(this::row).list();
	}

	/**
	 * The occurrence; {@code share} locks it against changes (cancel, edits, a mentor's record take it FOR UPDATE) but not
	 * against other check-ins: they hold KEY SHARE on it already (their rows reference it), so FOR UPDATE here would
	 * deadlock two concurrent check-ins and serialise all of them.
	 */
	Optional<Row> row(UUID id, boolean share) {
		return jdbc.sql("select * from course_occurrence where id = :id" + (share ? " for share" : "")).param("id", id)
			.query(this::row).optional();
	}

	/**
	 * What check-in needs of the occurrence with its programme's status, in one query; {@code share} locks the occurrence
	 * row as {@link #row(UUID, boolean)} does.
	 */
	Optional<io.cotrain.training.Occurrences.Slot> slot(UUID id, boolean share) {
		return jdbc.sql("""
				select o.id, o.programme_id, o.course_key, o.region_id, o.starts_at, o.ends_at, o.venue, o.status, p.status as programme_status
				from course_occurrence o join programme p on p.id = o.programme_id where o.id = :id""" + (share ? " for share of o" : ""))
			.param("id", id)
			.query((rs, i) -> new io.cotrain.training.Occurrences.Slot(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
					rs.getObject("course_key", UUID.class), new RegionId(rs.getObject("region_id", UUID.class)),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"),
					Status.valueOf(rs.getString("status")), "CLOSED".equals(rs.getString("programme_status"))))
			.optional();
	}

	/** Scheduled occurrences of programmes that are not closed overlapping the span from {@code from} to {@code to} (exclusive). */
	List<Row> scheduledBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select o.* from course_occurrence o join programme p on p.id = o.programme_id
				where o.status = 'SCHEDULED' and p.status <> 'CLOSED' and o.starts_at < :to and o.ends_at > :from
				order by o.starts_at, o.id""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(this::row).list();
	}

	Optional<Row> row(UUID programme, UUID id, boolean lock) {
		return jdbc.sql("select * from course_occurrence where programme_id = :p and id = :id" + (lock ? " for update" : ""))
			.param("p", programme).param("id", id).query(this::row).optional();
	}

	/** The invited groups per occurrence. */
	Map<UUID, List<UUID>> groups(Collection<UUID> occurrences) {
		Map<UUID, List<UUID>> groups = new HashMap<>();
		if (!occurrences.isEmpty()) {
			jdbc.sql("select occurrence_id, group_id from course_occurrence_group where occurrence_id in (:o) order by group_id")
				.param("o", occurrences)
				.query((rs, i) -> groups.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class)))
				.list();
		}
		return groups;
	}

	/** Each course key of the programme with its title in the latest version that has it. */
	Map<UUID, CourseTitle> courseTitles(UUID programme) {
		Map<UUID, CourseTitle> titles = new HashMap<>();
		jdbc.sql("""
				select distinct on (key) key, code, title_zh, title_en, mode from course where programme_id = :p
				order by key, version desc""")
			.param("p", programme)
			.query((rs, i) -> titles.put(rs.getObject("key", UUID.class), new CourseTitle(rs.getString("code"), rs.getString("title_zh"),
					rs.getString("title_en"), Courses.Mode.valueOf(rs.getString("mode")))))
			.list();
		return titles;
	}

	void insert(UUID id, UUID programme, OccurrenceForm form, Instant at, String by) {
		jdbc.sql("""
				insert into course_occurrence (id, programme_id, course_key, region_id, starts_at, ends_at, venue, online_url, note,
				    status, created_at, created_by, updated_at, updated_by)
				values (:id, :p, :course, :region, :starts, :ends, :venue, :url, :note, 'SCHEDULED', :at, :by, :at, :by)""")
			.param("id", id).param("p", programme).param("course", form.courseKey()).param("region", form.regionId().value())
			.param("starts", Timestamp.from(form.startsAt())).param("ends", Timestamp.from(form.endsAt()))
			.param("venue", blankToNull(form.venue())).param("url", blankToNull(form.onlineUrl())).param("note", blankToNull(form.note()))
			.param("at", Timestamp.from(at)).param("by", by).update();
		setGroups(id, form.groupIds());
	}

	void update(UUID id, OccurrenceForm form, Instant at, String by) {
		jdbc.sql("""
				update course_occurrence set course_key = :course, region_id = :region, starts_at = :starts, ends_at = :ends,
				    venue = :venue, online_url = :url, note = :note, updated_at = :at, updated_by = :by
				where id = :id""")
			.param("id", id).param("course", form.courseKey()).param("region", form.regionId().value())
			.param("starts", Timestamp.from(form.startsAt())).param("ends", Timestamp.from(form.endsAt()))
			.param("venue", blankToNull(form.venue())).param("url", blankToNull(form.onlineUrl())).param("note", blankToNull(form.note()))
			.param("at", Timestamp.from(at)).param("by", by).update();
		jdbc.sql("delete from course_occurrence_group where occurrence_id = :id").param("id", id).update();
		setGroups(id, form.groupIds());
	}

	void cancel(UUID id, Instant at, String by) {
		jdbc.sql("update course_occurrence set status = 'CANCELLED', updated_at = :at, updated_by = :by where id = :id").param("id", id)
			.param("at", Timestamp.from(at)).param("by", by).update();
	}

	private void setGroups(UUID id, Collection<UUID> groups) {
		for (UUID group : new java.util.LinkedHashSet<>(groups)) {
			jdbc.sql("insert into course_occurrence_group (occurrence_id, group_id) values (:o, :g)").param("o", id).param("g", group).update();
		}
	}

	Map<EmployeeId, Recorded> attendance(UUID occurrence) {
		Map<EmployeeId, Recorded> recorded = new LinkedHashMap<>();
		jdbc.sql("select * from course_attendance where occurrence_id = :o").param("o", occurrence)
			.query((rs, i) -> recorded.put(new EmployeeId(rs.getObject("employee_id", UUID.class)), recorded(rs))).list();
		return recorded;
	}

	/** The recorded attendance of each of the occurrences (one query). */
	Map<UUID, Map<EmployeeId, Recorded>> attendance(Collection<UUID> occurrences) {
		Map<UUID, Map<EmployeeId, Recorded>> recorded = new HashMap<>();
		if (!occurrences.isEmpty()) {
			jdbc.sql("select * from course_attendance where occurrence_id in (:o)").param("o", occurrences)
				.query((rs, i) -> recorded.computeIfAbsent(rs.getObject("occurrence_id", UUID.class), o -> new LinkedHashMap<>())
					.put(new EmployeeId(rs.getObject("employee_id", UUID.class)), recorded(rs)))
				.list();
		}
		return recorded;
	}

	private static Recorded recorded(ResultSet rs) throws SQLException {
		return new Recorded(Attendance.valueOf(rs.getString("status")), Source.valueOf(rs.getString("source")), rs.getString("note"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}

	/** One member's recorded attendance of the occurrence. */
	Optional<Recorded> attendance(UUID occurrence, EmployeeId employee) {
		return jdbc.sql("select * from course_attendance where occurrence_id = :o and employee_id = :e").param("o", occurrence)
			.param("e", employee.value()).query((rs, i) -> recorded(rs)).optional();
	}

	/**
	 * What {@link #checkIn} did: whether the employee is on the roster, the status recorded before (null: none) and
	 * whether the row was written.
	 */
	record CheckInWrite(boolean onRoster, Attendance before, boolean written) {
	}

	/**
	 * Records a check-in's outcome in one statement: the roster membership (as {@link #seat}), the status before and the
	 * write, which happens only for a roster member whose recorded status differs.
	 */
	CheckInWrite checkIn(UUID occurrence, EmployeeId employee, Attendance status, Source source, String note, Instant at, String by) {
		return jdbc.sql("""
				with seated as (
				    select exists (%s) as yes
				),
				before as (
				    select status from course_attendance where occurrence_id = :o and employee_id = :e
				),
				written as (
				    insert into course_attendance (occurrence_id, employee_id, status, source, note, recorded_at, recorded_by)
				    select :o, :e, :s, :source, :note, :at, :by from seated
				    where seated.yes and not exists (select 1 from before where status = :s)
				    on conflict (occurrence_id, employee_id) do update
				    set status = excluded.status, source = excluded.source, note = excluded.note, recorded_at = excluded.recorded_at,
				        recorded_by = excluded.recorded_by
				    returning 1
				)
				select (select yes from seated), (select status from before), exists (select 1 from written)""".formatted(ON_ROSTER))
			.param("o", occurrence).param("e", employee.value()).param("s", status.name()).param("source", source.name())
			.param("note", blankToNull(note)).param("at", Timestamp.from(at)).param("by", by)
			.query((rs, i) -> new CheckInWrite(rs.getBoolean(1), rs.getString(2) == null ? null : Attendance.valueOf(rs.getString(2)),
					rs.getBoolean(3)))
			.single();
	}

	/** Whether the employee is on the occurrence's roster. */
	boolean seated(UUID occurrence, EmployeeId employee) {
		return jdbc.sql("select exists (%s)".formatted(ON_ROSTER)).param("o", occurrence).param("e", employee.value()).query(Boolean.class).single();
	}

	/** A row when employee {@code :e} is in a group invited to occurrence {@code :o} (from the indexes on the employee). */
	private static final String ON_ROSTER = """
			select 1 from (
			    select g.id from collaboration_group g where g.tenant_id = cotrain_tenant() and g.cadre_employee_id = :e
			    union all
			    select m.group_id from collaboration_group_member m where m.tenant_id = cotrain_tenant() and m.clerk_employee_id = :e
			) mine join course_occurrence_group og on og.group_id = mine.id and og.occurrence_id = :o""";

	void saveAttendance(UUID occurrence, EmployeeId employee, Attendance status, Source source, String note, Instant at, String by) {
		jdbc.sql("""
				insert into course_attendance (occurrence_id, employee_id, status, source, note, recorded_at, recorded_by)
				values (:o, :e, :s, :source, :note, :at, :by)
				on conflict (occurrence_id, employee_id) do update
				set status = excluded.status, source = excluded.source, note = excluded.note, recorded_at = excluded.recorded_at,
				    recorded_by = excluded.recorded_by""")
			.param("o", occurrence).param("e", employee.value()).param("s", status.name()).param("source", source.name())
			.param("note", blankToNull(note)).param("at", Timestamp.from(at)).param("by", by).update();
	}

	boolean attended(UUID programme, UUID courseKey, EmployeeId employee) {
		return jdbc.sql("""
				select exists (select 1 from course_attendance a join course_occurrence o on o.id = a.occurrence_id
				               where o.programme_id = :p and o.course_key = :c and o.status = 'SCHEDULED' and a.employee_id = :e
				                 and a.status in ('PRESENT', 'LATE'))""")
			.param("p", programme).param("c", courseKey).param("e", employee.value()).query(Boolean.class).single();
	}

	/** The occurrences of programmes that are not closed inviting a group in which {@code mentor} mentors someone. */
	List<MentorCount> forMentor(EmployeeId mentor) {
		return jdbc.sql("""
				with mentees as (
				    select g.id as group_id, g.cadre_employee_id as employee_id from collaboration_group g where g.cadre_mentor_id = :m
				    union all
				    select m.group_id, m.clerk_employee_id from collaboration_group_member m where m.mentor_employee_id = :m
				)
				select o.id, o.programme_id, count(distinct me.employee_id) as mentees, count(distinct a.employee_id) as recorded
				from course_occurrence o
				join course_occurrence_group og on og.occurrence_id = o.id
				join mentees me on me.group_id = og.group_id
				join programme p on p.id = o.programme_id
				left join course_attendance a on a.occurrence_id = o.id and a.employee_id = me.employee_id
				where p.status <> 'CLOSED'
				group by o.id, o.programme_id""")
			.param("m", mentor.value())
			.query((rs, i) -> new MentorCount(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/**
	 * The invited group of the occurrence with the employee as cadre or clerk, and its members (cadre first). From the
	 * employee's groups (index on the employee) to the occurrence's: a session inviting thousands of groups is not scanned.
	 */
	Optional<io.cotrain.training.Occurrences.Seat> seat(UUID occurrence, EmployeeId employee) {
		List<UUID[]> rows = jdbc.sql("""
				with mine as (
				    select g.id from collaboration_group g where g.tenant_id = cotrain_tenant() and g.cadre_employee_id = :e
				    union
				    select m.group_id from collaboration_group_member m where m.tenant_id = cotrain_tenant() and m.clerk_employee_id = :e
				),
				seat as (
				    select og.group_id as id from mine join course_occurrence_group og on og.group_id = mine.id and og.occurrence_id = :o
				)
				select s.id, g.cadre_employee_id as member, 0 as o from seat s join collaboration_group g on g.id = s.id
				union all
				select s.id, m.clerk_employee_id, 1 from seat s join collaboration_group_member m on m.group_id = s.id
				order by 3, 2""")
			.param("o", occurrence).param("e", employee.value())
			.query((rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new io.cotrain.training.Occurrences.Seat(rows.get(0)[0], rows.stream().map(r -> new EmployeeId(r[1])).toList()));
	}

	/** The occurrences of the programme inviting the group. */
	List<UUID> ofGroup(UUID programme, UUID group) {
		return jdbc.sql("""
				select o.id from course_occurrence o join course_occurrence_group og on og.occurrence_id = o.id
				where o.programme_id = :p and og.group_id = :g order by o.starts_at""")
			.param("p", programme).param("g", group).query(UUID.class).list();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getObject("course_key", UUID.class),
				new RegionId(rs.getObject("region_id", UUID.class)), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"), rs.getString("online_url"), rs.getString("note"),
				Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
