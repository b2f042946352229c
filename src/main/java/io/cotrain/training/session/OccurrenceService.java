package io.cotrain.training.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.RegionInfo;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.training.Courses;
import io.cotrain.training.OccurrenceCancelled;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Programmes;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Occurrences} on {@link OccurrenceStore}, the programme and course facades and the groups. */
@Service
@Transactional(readOnly = true)
class OccurrenceService implements Occurrences {

	private static final String AUDIT = "course_occurrence";

	private final OccurrenceStore store;
	private final Programmes programmes;
	private final Courses courses;
	private final Groups groups;
	private final TenantDirectory directory;
	private final Accounts accounts;
	private final AuditLog audit;
	private final AttendanceBook book;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	OccurrenceService(OccurrenceStore store, Programmes programmes, Courses courses, Groups groups, TenantDirectory directory,
			Accounts accounts, AuditLog audit, AttendanceBook book, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.programmes = programmes;
		this.courses = courses;
		this.groups = groups;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.book = book;
		this.clock = clock;
	}

	@Override
	public List<Courses.Course> sessionCourses(UUID programme) {
		Programmes.Version version = programmes.get(programme).current();
		return courses.list(programme, version.version()).stream().filter(OccurrenceRules::session).toList();
	}

	@Override
	public List<Occurrence> list(UUID programme) {
		programmes.get(programme);
		Caller caller = Caller.of(accounts);
		List<Occurrence> all = views(programme, store.rows(programme));
		if (caller.staff()) {
			return all;
		}
		Set<UUID> mentored = mentoredGroups(programme, caller);
		return all.stream().filter(o -> o.groupIds().stream().anyMatch(mentored::contains)).toList();
	}

	@Override
	public Occurrence get(UUID programme, UUID occurrence) {
		programmes.get(programme);
		Occurrence found = store.row(programme, occurrence, false).map(r -> views(programme, List.of(r)).get(0))
			.orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		Caller caller = Caller.of(accounts);
		if (!caller.staff() && found.groupIds().stream().noneMatch(mentoredGroups(programme, caller)::contains)) {
			throw new NotFoundException("occurrence", occurrence);
		}
		return found;
	}

	@Override
	@Transactional
	public Occurrence create(UUID programme, OccurrenceForm form) {
		Programmes.Programme p = open(programme);
		check(p, form);
		UUID id = UUID.randomUUID();
		String by = Caller.of(accounts).username();
		store.insert(id, programme, form, clock.instant(), by);
		audit.record("TRAINING_OCCURRENCE_CREATED", AUDIT, id, details(programme, form));
		return get(programme, id);
	}

	@Override
	@Transactional
	public Occurrence update(UUID programme, UUID occurrence, OccurrenceForm form) {
		Programmes.Programme p = open(programme);
		Occurrence before = scheduled(programme, occurrence);
		check(p, form);
		store.update(occurrence, form, clock.instant(), Caller.of(accounts).username());
		Occurrence after = get(programme, occurrence);
		audit.record("TRAINING_OCCURRENCE_CHANGED", AUDIT, occurrence, Map.of("before", details(before), "after", details(after)));
		return after;
	}

	@Override
	@Transactional
	public Occurrence cancel(UUID programme, UUID occurrence) {
		open(programme);
		store.row(programme, occurrence, true).orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		Occurrence current = get(programme, occurrence);
		if (current.cancelled()) {
			return current;
		}
		store.cancel(occurrence, clock.instant(), Caller.of(accounts).username());
		audit.record("TRAINING_OCCURRENCE_CANCELLED", AUDIT, occurrence, details(current));
		List<EmployeeId> attended = store.attendance(occurrence).entrySet().stream().filter(e -> e.getValue().status().attended())
			.map(Map.Entry::getKey).toList();
		if (!attended.isEmpty()) {
			events.publishEvent(new OccurrenceCancelled(programme, current.courseKey(), attended));
		}
		return get(programme, occurrence);
	}

	@Override
	public List<RosterEntry> roster(UUID programme, UUID occurrence) {
		Occurrence found = get(programme, occurrence);
		Caller caller = Caller.of(accounts);
		List<RosterEntry> roster = new Roster(groups).of(found, store.attendance(occurrence));
		return caller.staff() ? roster : roster.stream().filter(e -> caller.mentors(e.mentorId())).toList();
	}

	@Override
	@Transactional
	public List<RosterEntry> record(UUID programme, UUID occurrence, List<Mark> given) {
		List<Mark> marks = given == null ? List.of() : given;
		if (programmes.get(programme).status() == Programmes.Status.CLOSED) {
			throw RuleViolationException.of(null, "training.attendance.programmeClosed");
		}
		store.row(programme, occurrence, true).orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		Occurrence found = get(programme, occurrence);
		book.record(found, marks, Caller.of(accounts));
		return roster(programme, occurrence);
	}

	@Override
	public boolean attended(UUID programme, UUID courseKey, EmployeeId employee) {
		return store.attended(programme, courseKey, employee);
	}

	@Override
	public List<MentorSession> forMentor(EmployeeId mentor) {
		List<OccurrenceStore.MentorCount> counts = store.forMentor(mentor);
		Map<UUID, OccurrenceStore.MentorCount> byId = counts.stream()
			.collect(Collectors.toMap(OccurrenceStore.MentorCount::occurrence, c -> c));
		Map<UUID, List<OccurrenceStore.Row>> byProgramme = store.rows(byId.keySet()).stream()
			.collect(Collectors.groupingBy(OccurrenceStore.Row::programme));
		List<MentorSession> sessions = new ArrayList<>();
		byProgramme.forEach((programme, rows) -> {
			Programmes.Programme p = programmes.get(programme);
			for (Occurrence o : views(programme, rows)) {
				OccurrenceStore.MentorCount count = byId.get(o.id());
				sessions.add(new MentorSession(o, p.code(), p.current().name(), count.mentees(), count.recorded()));
			}
		});
		sessions.sort(Comparator.comparing((MentorSession s) -> s.occurrence().startsAt()).thenComparing(s -> s.occurrence().id()));
		return sessions;
	}

	@Override
	public List<LearnerSession> forLearner(UUID programme, EmployeeId learner) {
		Optional<GroupView> group = groups.groupOf(programme, learner);
		if (group.isEmpty()) {
			return List.of();
		}
		List<Occurrence> occurrences = views(programme, store.rows(store.ofGroup(programme, group.get().id())));
		return occurrences.stream().map(o -> {
			return new LearnerSession(o, store.attendance(o.id(), learner).map(OccurrenceStore.Recorded::status).orElse(null));
		}).toList();
	}

	@Override
	public Optional<Occurrence> find(UUID occurrence) {
		return store.row(occurrence, false).map(r -> views(r.programme(), List.of(r)).get(0));
	}

	@Override
	public Optional<Slot> slot(UUID occurrence) {
		return store.slot(occurrence, false);
	}

	@Override
	public List<Occurrence> scheduledBetween(Instant from, Instant to) {
		List<Occurrence> found = new ArrayList<>();
		store.scheduledBetween(from, to).stream().collect(Collectors.groupingBy(OccurrenceStore.Row::programme, LinkedHashMap::new,
				Collectors.toList())).forEach((programme, rows) -> found.addAll(views(programme, rows)));
		found.sort(Comparator.comparing(Occurrence::startsAt).thenComparing(Occurrence::id));
		return found;
	}

	@Override
	public Optional<Seat> seat(UUID occurrence, EmployeeId employee) {
		return store.seat(occurrence, employee);
	}

	@Override
	public List<RosterEntry> members(UUID occurrence) {
		Occurrence found = find(occurrence).orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		return new Roster(groups).of(found, store.attendance(occurrence));
	}

	@Override
	public Map<UUID, List<RosterEntry>> members(List<Occurrence> occurrences) {
		return new Roster(groups).of(occurrences, store.attendance(occurrences.stream().map(Occurrence::id).toList()));
	}

	@Override
	@Transactional
	public boolean recordCheckIn(UUID occurrence, EmployeeId employee, Attendance status, Source source, String note, String by) {
		if (source == Source.MENTOR) {
			throw new IllegalArgumentException("a mentor's record goes through record()");
		}
		Slot found = store.slot(occurrence, true).orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		if (found.programmeClosed()) {
			throw RuleViolationException.of(null, "training.attendance.programmeClosed");
		}
		return book.recordCheckIn(found, employee, status, source, note, by);
	}

	// ---- helpers ----

	private Programmes.Programme open(UUID programme) {
		Programmes.Programme p = programmes.get(programme);
		if (p.status() == Programmes.Status.CLOSED) {
			throw RuleViolationException.of(null, "training.occurrence.programmeClosed");
		}
		return p;
	}

	private Occurrence scheduled(UUID programme, UUID occurrence) {
		store.row(programme, occurrence, true).orElseThrow(() -> new NotFoundException("occurrence", occurrence));
		Occurrence current = get(programme, occurrence);
		if (current.cancelled()) {
			throw RuleViolationException.of(null, "training.occurrence.cancelled");
		}
		return current;
	}

	private void check(Programmes.Programme programme, OccurrenceForm form) {
		Programmes.Version version = programme.current();
		Map<UUID, GroupView> byId = new HashMap<>();
		groups.list(programme.id()).forEach(g -> byId.put(g.id(), g));
		List<Violation> problems = new OccurrenceRules(version, courses.list(programme.id(), version.version()), byId, this::region)
			.check(form);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
	}

	private Optional<RegionInfo> region(RegionId id) {
		try {
			return Optional.of(directory.region(id));
		}
		catch (NotFoundException e) {
			return Optional.empty();
		}
	}

	/** The groups of the programme in which the caller mentors someone (none for a caller who is no mentor). */
	private Set<UUID> mentoredGroups(UUID programme, Caller caller) {
		if (caller.mentor() == null) {
			return Set.of();
		}
		return groups.list(programme).stream().filter(g -> mentors(caller, g)).map(GroupView::id).collect(Collectors.toSet());
	}

	private static boolean mentors(Caller caller, GroupView group) {
		return group.cadreMentor() != null && caller.mentors(group.cadreMentor().id())
				|| group.clerks().stream().anyMatch(c -> c.mentor() != null && caller.mentors(c.mentor().id()));
	}

	private List<Occurrence> views(UUID programme, List<OccurrenceStore.Row> rows) {
		Map<UUID, OccurrenceStore.CourseTitle> titles = store.courseTitles(programme);
		Map<UUID, List<UUID>> invited = store.groups(rows.stream().map(OccurrenceStore.Row::id).toList());
		return rows.stream().map(r -> {
			OccurrenceStore.CourseTitle title = titles.get(r.courseKey());
			return new Occurrence(r.id(), r.programme(), r.courseKey(), title == null ? null : title.code(),
					title == null ? null : title.titleZh(), title == null ? null : title.titleEn(), title == null ? null : title.mode(),
					r.region(), r.startsAt(), r.endsAt(), r.venue(), r.onlineUrl(), r.note(), r.status(),
					invited.getOrDefault(r.id(), List.of()), r.createdAt(), r.createdBy(), r.updatedAt(), r.updatedBy());
		}).toList();
	}

	private static Map<String, Object> details(UUID programme, OccurrenceForm form) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("programme", programme.toString());
		details.put("course", form.courseKey().toString());
		details.put("region", form.regionId().toString());
		details.put("startsAt", form.startsAt().toString());
		details.put("endsAt", form.endsAt().toString());
		details.put("venue", OccurrenceStore.blankToNull(form.venue()));
		details.put("onlineUrl", OccurrenceStore.blankToNull(form.onlineUrl()));
		details.put("groups", form.groupIds().stream().map(UUID::toString).sorted().toList());
		return details;
	}

	private static Map<String, Object> details(Occurrence o) {
		return details(o.programmeId(), new OccurrenceForm(o.courseKey(), o.regionId(), o.startsAt(), o.endsAt(), o.venue(), o.onlineUrl(),
				o.note(), o.groupIds()));
	}
}
