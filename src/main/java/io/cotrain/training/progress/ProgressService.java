package io.cotrain.training.progress;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.CourseCompleted;
import io.cotrain.training.Courses;
import io.cotrain.training.Courses.Mode;
import io.cotrain.training.Courses.UnitKind;
import io.cotrain.training.LearningPaths;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.Programmes;
import io.cotrain.training.Progress;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import io.cotrain.training.group.Person;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Progress}: the learner's actions and the views of learners, mentors and HR (rules in {@link Calculator}). */
@Service
@Transactional(readOnly = true)
class ProgressService implements Progress {

	private final JdbcClient jdbc;
	private final Programmes programmes;
	private final Courses courses;
	private final PublishedContent published;
	private final Groups groups;
	private final Accounts accounts;
	private final TenantDirectory tenants;
	private final TenantSettings settings;
	private final Milestones milestones;
	private final JsonMapper json;
	private final java.time.Clock clock;
	private final AuditLog audit;
	private final org.springframework.context.ApplicationEventPublisher events;

	ProgressService(JdbcClient jdbc, Programmes programmes, Courses courses, PublishedContent published, Groups groups,
			Accounts accounts, TenantDirectory tenants, TenantSettings settings, Milestones milestones, JsonMapper json,
			java.time.Clock clock, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.courses = courses;
		this.published = published;
		this.groups = groups;
		this.accounts = accounts;
		this.tenants = tenants;
		this.settings = settings;
		this.milestones = milestones;
		this.json = json;
		this.clock = clock;
	}

	// ---- the learner's views ----

	@Override
	public List<LearnerView> mine() {
		Optional<EmployeeId> me = me();
		if (me.isEmpty()) {
			return List.of();
		}
		List<LearnerView> views = new ArrayList<>();
		for (EnrolmentRow row : enrolments(me.get())) {
			Programmes.Programme programme = programmes.get(row.programme());
			if (programme.status() == Programmes.Status.ACTIVE) {
				views.add(view(programme, me.get(), row));
			}
		}
		return views;
	}

	@Override
	public LearnerView mine(UUID programme) {
		Learner learner = learner(programme);
		return view(learner.content().programme(), learner.employee(), learner.enrolment());
	}

	@Override
	public CourseView course(UUID programme, UUID courseKey) {
		Learner learner = learner(programme);
		Courses.Course course = learner.content().courses().get(courseKey);
		if (course == null || !onPath(learner, courseKey)) {
			throw new NotFoundException("course", courseKey);
		}
		Calculator calc = calculator(learner);
		return calc.course(learner.employee(), course, locked(learner, calc, courseKey));
	}

	@Override
	public CourseView courseOfUnit(UUID programme, UUID unitKey) {
		Learner learner = learner(programme);
		Courses.Course course = learner.content().unit(unitKey).map(Content.Located::course).filter(c -> onPath(learner, c.key()))
			.orElseThrow(() -> new NotFoundException("unit", unitKey));
		Calculator calc = calculator(learner);
		return calc.course(learner.employee(), course, locked(learner, calc, course.key()));
	}

	// ---- the learner's actions ----

	@Override
	@Transactional
	public UnitState open(UUID programme, UUID unitKey) {
		Learner learner = learner(programme);
		Content.Located at = unit(learner, unitKey);
		ensureOpened(learner, at);
		return calculator(learner).unit(learner.employee(), at.unit());
	}

	@Override
	@Transactional
	public UnitState heartbeat(UUID programme, UUID unitKey) {
		Learner learner = learner(programme);
		Content.Located at = unit(learner, unitKey);
		if (!ensureOpened(learner, at)) {
			Instant now = clock.instant();
			Instant last = jdbc.sql("""
					select last_beat_at from unit_progress where programme_id = :p and employee_id = :e and unit_key = :u for update""")
				.param("p", programme).param("e", learner.employee().value()).param("u", unitKey).query(Timestamp.class).single().toInstant();
			long gap = Math.max(0, Duration.between(last, now).toSeconds());
			long counted = Math.min(gap, settings.get(ProgressSettings.MAX_GAP_SECONDS));
			jdbc.sql("""
					update unit_progress set seconds_open = least(seconds_open + :s, 2147483647), last_beat_at = :now
					where programme_id = :p and employee_id = :e and unit_key = :u""")
				.param("s", counted).param("now", Timestamp.from(now)).param("p", programme).param("e", learner.employee().value())
				.param("u", unitKey).update();
		}
		UnitKind kind = at.unit().kind();
		if (kind == UnitKind.DOCUMENT || kind == UnitKind.TEXT) {
			int seconds = jdbc.sql("select seconds_open from unit_progress where programme_id = :p and employee_id = :e and unit_key = :u")
				.param("p", programme).param("e", learner.employee().value()).param("u", unitKey).query(Integer.class).single();
			if (seconds >= at.unit().minSeconds()) {
				complete(learner, at);
			}
		}
		return calculator(learner).unit(learner.employee(), at.unit());
	}

	@Override
	@Transactional
	public UnitState confirm(UUID programme, UUID unitKey) {
		Learner learner = learner(programme);
		Content.Located at = unit(learner, unitKey);
		if (at.unit().kind() != UnitKind.VIDEO) {
			throw RuleViolationException.of("unit", "training.progress.notVideo");
		}
		Optional<Timestamp> opened = jdbc.sql("""
				select opened_at from unit_progress where programme_id = :p and employee_id = :e and unit_key = :u for update""")
			.param("p", programme).param("e", learner.employee().value()).param("u", unitKey).query(Timestamp.class).optional();
		if (opened.isEmpty()) {
			throw RuleViolationException.of("unit", "training.progress.notOpened");
		}
		Instant ready = opened.get().toInstant().plusSeconds(at.unit().minSeconds());
		Instant now = clock.instant();
		if (now.isBefore(ready)) {
			throw RuleViolationException.of("unit", "training.progress.tooEarly", (Duration.between(now, ready).toMillis() + 999) / 1000);
		}
		jdbc.sql("""
				update unit_progress set confirmed_at = coalesce(confirmed_at, :now)
				where programme_id = :p and employee_id = :e and unit_key = :u""")
			.param("now", Timestamp.from(now)).param("p", programme).param("e", learner.employee().value()).param("u", unitKey).update();
		complete(learner, at);
		return calculator(learner).unit(learner.employee(), at.unit());
	}

	@Override
	@Transactional
	public QuizOutcome submitQuiz(UUID programme, UUID unitKey, Map<UUID, List<Integer>> answers) {
		Learner learner = learner(programme);
		Content.Located at = unit(learner, unitKey);
		if (at.unit().kind() != UnitKind.QUIZ) {
			throw RuleViolationException.of("unit", "training.grade.notQuiz");
		}
		int version = learner.content().version().version();
		Courses.Grade grade = courses.grade(programme, version, unitKey, answers == null ? Map.of() : answers);
		ensureOpened(learner, at);
		UUID employee = learner.employee().value();
		int attempt = jdbc.sql("""
				select coalesce(max(attempt), 0) + 1 from quiz_attempt where programme_id = :p and employee_id = :e and unit_key = :u""")
			.param("p", programme).param("e", employee).param("u", unitKey).query(Integer.class).single();
		jdbc.sql("""
				insert into quiz_attempt (id, programme_id, employee_id, course_key, unit_key, version, attempt, points, max_points, percent,
				  pass_mark, passed, answers, submitted_at)
				values (:id, :p, :e, :c, :u, :v, :n, :points, :max, :percent, :mark, :passed, cast(:answers as jsonb), :at)""")
			.param("id", UUID.randomUUID()).param("p", programme).param("e", employee).param("c", at.course().key()).param("u", unitKey)
			.param("v", version).param("n", attempt).param("points", grade.points()).param("max", grade.maxPoints())
			.param("percent", grade.percent()).param("mark", grade.passMark()).param("passed", grade.passed())
			.param("answers", json.writeValueAsString(answers == null ? Map.of() : answers)).param("at", Timestamp.from(clock.instant()))
			.update();
		if (grade.passed()) {
			complete(learner, at);
		}
		Calculator calc = calculator(learner);
		return new QuizOutcome(grade, calc.unit(learner.employee(), at.unit()),
				calc.course(learner.employee(), at.course(), false));
	}

	@Override
	@Transactional
	public UnitState recordCompleted(UUID programme, EmployeeId employee, UUID unitKey) {
		EnrolmentRow enrolment = enrolments(employee).stream().filter(e -> e.programme().equals(programme)).findFirst()
			.orElseThrow(() -> new NotFoundException("programme", programme));
		Learner learner = new Learner(employee, enrolment, content(programmes.get(programme)));
		Content.Located at = learner.content().unit(unitKey).filter(l -> onPath(learner, l.course().key()))
			.orElseThrow(() -> new NotFoundException("unit", unitKey));
		ensureOpened(learner, at);
		jdbc.sql("""
				update unit_progress set seconds_open = greatest(seconds_open, :min),
				  confirmed_at = case when :video then coalesce(confirmed_at, :now) else confirmed_at end
				where programme_id = :p and employee_id = :e and unit_key = :u""")
			.param("min", at.unit().minSeconds()).param("video", at.unit().kind() == UnitKind.VIDEO)
			.param("now", Timestamp.from(clock.instant())).param("p", programme).param("e", employee.value()).param("u", unitKey).update();
		complete(learner, at);
		audit.record("TRAINING_PROGRESS_RECORDED", "employee", employee.value(), Map.of("programme", programme, "unit", unitKey));
		return calculator(learner).unit(employee, at.unit());
	}

	// ---- mentors and HR ----

	@Override
	public List<GroupProgress> mentees() {
		Optional<EmployeeId> me = me();
		if (me.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<GroupView>> byProgramme = new java.util.LinkedHashMap<>();
		groups.mentoredBy(me.get()).forEach(g -> byProgramme.computeIfAbsent(g.programmeId(), p -> new ArrayList<>()).add(g));
		List<GroupProgress> result = new ArrayList<>();
		byProgramme.forEach((id, list) -> {
			Programmes.Programme programme = programmes.get(id);
			if (programme.status() == Programmes.Status.ACTIVE) {
				result.addAll(groupProgress(programme, list));
			}
		});
		return result;
	}

	@Override
	public List<GroupProgress> groups(UUID programme) {
		Programmes.Programme found = programmes.get(programme);
		if (found.published() == null) {
			return List.of();
		}
		return groupProgress(found, groups.list(programme));
	}

	// ---- attendance (joint live and offline courses) ----

	/**
	 * Completes (or, when no attended occurrence is left, withdraws) a joint live or offline course from attendance; a new
	 * completion is a milestone for the partners.
	 */
	@Transactional
	public void attendance(UUID programme, UUID courseKey, EmployeeId employee, boolean attended) {
		Programmes.Programme found = programmes.get(programme);
		if (found.published() == null) {
			return;
		}
		if (!attended) {
			jdbc.sql("delete from course_completion where programme_id = :p and employee_id = :e and course_key = :c and source = 'ATTENDANCE'")
				.param("p", programme).param("e", employee.value()).param("c", courseKey).update();
			return;
		}
		Content content = content(found);
		Courses.Course course = content.courses().get(courseKey);
		Optional<EnrolmentRow> enrolment = enrolments(employee).stream().filter(e -> e.programme().equals(programme)).findFirst();
		if (course == null || course.mode() == Mode.ONLINE || enrolment.isEmpty()) {
			return;
		}
		recordCompletion(new Learner(employee, enrolment.get(), content), course, "ATTENDANCE");
	}

	// ---- helpers ----

	record EnrolmentRow(UUID programme, Role role, Instant enrolledAt) {
	}

	private record Learner(EmployeeId employee, EnrolmentRow enrolment, Content content) {
	}

	private Optional<EmployeeId> me() {
		return accounts.current().map(CurrentUser::employeeId).map(EmployeeId::new);
	}

	private List<EnrolmentRow> enrolments(EmployeeId employee) {
		return jdbc.sql("""
				select e.programme_id, e.role, e.enrolled_at from training_enrolment e join programme p on p.id = e.programme_id
				where e.employee_id = :e order by e.enrolled_at desc""").param("e", employee.value())
			.query((rs, n) -> new EnrolmentRow(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** The caller as an enrolled learner of an active programme, else not found. */
	private Learner learner(UUID programme) {
		EmployeeId me = me().orElseThrow(() -> new NotFoundException("programme", programme));
		EnrolmentRow enrolment = enrolments(me).stream().filter(e -> e.programme().equals(programme)).findFirst()
			.orElseThrow(() -> new NotFoundException("programme", programme));
		Programmes.Programme found = programmes.get(programme);
		if (found.status() != Programmes.Status.ACTIVE) {
			throw RuleViolationException.of(null, "training.progress.notActive");
		}
		return new Learner(me, enrolment, content(found));
	}

	private Content content(Programmes.Programme programme) {
		return published.of(programme);
	}

	private Calculator calculator(Learner learner) {
		return new Calculator(learner.content(), Rows.load(jdbc, learner.content().programme().id(), List.of(learner.employee())));
	}

	private boolean onPath(Learner learner, UUID courseKey) {
		return learner.content().path(learner.enrolment().role()).items().stream()
			.anyMatch(i -> i.kind() == LearningPaths.ItemKind.COURSE && i.refKey().equals(courseKey));
	}

	private boolean locked(Learner learner, Calculator calc, UUID courseKey) {
		PathProgress path = calc.path(learner.employee(), learner.enrolment().role(), today(null));
		return path.items().stream().anyMatch(i -> i.refKey().equals(courseKey) && i.status() == ItemStatus.LOCKED);
	}

	/** The unit of a course on the learner's path that is not locked. */
	private Content.Located unit(Learner learner, UUID unitKey) {
		Content.Located at = learner.content().unit(unitKey).filter(l -> onPath(learner, l.course().key()))
			.orElseThrow(() -> new NotFoundException("unit", unitKey));
		if (locked(learner, calculator(learner), at.course().key())) {
			throw RuleViolationException.of("unit", "training.progress.locked");
		}
		return at;
	}

	/** Starts the unit's clock; true when this call opened it. */
	private boolean ensureOpened(Learner learner, Content.Located at) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				insert into unit_progress (programme_id, employee_id, course_key, unit_key, opened_at, last_beat_at)
				values (:p, :e, :c, :u, :now, :now) on conflict do nothing""")
			.param("p", learner.content().programme().id()).param("e", learner.employee().value()).param("c", at.course().key())
			.param("u", at.unit().key()).param("now", now).update() > 0;
	}

	private void complete(Learner learner, Content.Located at) {
		jdbc.sql("""
				update unit_progress set completed_at = :now
				where programme_id = :p and employee_id = :e and unit_key = :u and completed_at is null""")
			.param("now", Timestamp.from(clock.instant())).param("p", learner.content().programme().id())
			.param("e", learner.employee().value()).param("u", at.unit().key()).update();
		if (at.course().mode() == Mode.ONLINE && calculator(learner).unitsPercent(learner.employee(), at.course()) >= 100) {
			recordCompletion(learner, at.course(), "UNITS");
		}
	}

	/** Inserts the completion; the first time it is a milestone the partners hear about. */
	private void recordCompletion(Learner learner, Courses.Course course, String source) {
		UUID programme = learner.content().programme().id();
		int inserted = jdbc.sql("""
				insert into course_completion (programme_id, employee_id, course_key, source, completed_at)
				values (:p, :e, :c, :s, :now) on conflict do nothing""")
			.param("p", programme).param("e", learner.employee().value()).param("c", course.key()).param("s", source)
			.param("now", Timestamp.from(clock.instant())).update();
		if (inserted == 0) {
			return;
		}
		events.publishEvent(new CourseCompleted(programme, course.key(), learner.employee(), source, clock.instant()));
		Optional<GroupView> group = groups.groupOf(programme, learner.employee());
		if (group.isEmpty()) {
			return;
		}
		List<Member> members = members(group.get());
		Rows rows = Rows.load(jdbc, programme, members.stream().map(m -> m.person().id()).toList());
		Calculator calc = new Calculator(learner.content(), rows);
		List<Milestones.Partner> partners = new ArrayList<>();
		String name = learner.employee().value().toString();
		for (Member member : members) {
			if (member.person().id().equals(learner.employee())) {
				name = member.person().name() == null ? name : member.person().name();
				continue;
			}
			PathProgress path = calc.path(member.person().id(), member.role(), today(member.person().region()));
			partners.add(new Milestones.Partner(member.person().id(), member.role(), calc.next(path)));
		}
		milestones.courseCompleted(programme, learner.content().version().name(), learner.employee(), name,
				learner.enrolment().role(), course, partners);
	}

	private record Member(Person person, Role role, Person mentor) {
	}

	private static List<Member> members(GroupView group) {
		List<Member> members = new ArrayList<>();
		members.add(new Member(group.cadre(), Role.CADRE, group.cadreMentor()));
		group.clerks().forEach(c -> members.add(new Member(c.clerk(), Role.CLERK, c.mentor())));
		return members;
	}

	private LearnerView view(Programmes.Programme programme, EmployeeId employee, EnrolmentRow enrolment) {
		Content content = content(programme);
		Programmes.Version v = content.version();
		Enrolment info = new Enrolment(programme.id(), programme.code(), v.name(), v.jointGoal(), v.version(), v.startsOn(), v.endsOn(),
				enrolment.role(), enrolment.enrolledAt());
		Optional<GroupView> group = groups.groupOf(programme.id(), employee);
		List<Member> members = group.map(ProgressService::members).orElseGet(List::of);
		Set<EmployeeId> ids = new LinkedHashSet<>();
		ids.add(employee);
		members.forEach(m -> ids.add(m.person().id()));
		Calculator calc = new Calculator(content, Rows.load(jdbc, programme.id(), ids));
		MemberProgress self = null;
		List<MemberProgress> partners = new ArrayList<>();
		for (Member member : members) {
			MemberProgress progress = new MemberProgress(member.person(), member.role(), member.mentor(),
					calc.path(member.person().id(), member.role(), today(member.person().region())));
			if (member.person().id().equals(employee)) {
				self = progress;
			}
			else {
				partners.add(progress);
			}
		}
		if (self == null) {
			// enrolled, but no longer in a group of the programme: their own path only
			self = new MemberProgress(new Person(employee, null, null, null), enrolment.role(), null,
					calc.path(employee, enrolment.role(), today(null)));
		}
		return new LearnerView(info, group.map(GroupView::id).orElse(null), group.map(GroupView::number).orElse(0), self, partners);
	}

	private List<GroupProgress> groupProgress(Programmes.Programme programme, List<GroupView> list) {
		if (programme.published() == null) {
			return List.of();
		}
		Content content = content(programme);
		List<EmployeeId> ids = list.stream().flatMap(g -> members(g).stream()).map(m -> m.person().id()).toList();
		Calculator calc = new Calculator(content, Rows.load(jdbc, programme.id(), ids));
		return list.stream().sorted(Comparator.comparingInt(GroupView::number))
			.map(g -> new GroupProgress(programme.id(), content.version().name(), g.id(), g.number(), members(g).stream()
				.map(m -> new MemberProgress(m.person(), m.role(), m.mentor(), calc.path(m.person().id(), m.role(), today(m.person().region()))))
				.toList()))
			.toList();
	}

	/** Today in the person's region (the tenant's first region when unknown). */
	private LocalDate today(RegionId region) {
		ZoneId zone = region == null ? null : tenants.regions().stream().filter(r -> r.id().equals(region)).findFirst()
			.map(r -> r.timeZone()).orElse(null);
		if (zone == null) {
			zone = tenants.regions().stream().findFirst().map(r -> r.timeZone()).orElse(clock.getZone());
		}
		return LocalDate.now(clock.withZone(zone));
	}
}
