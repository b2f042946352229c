package io.cotrain.training.group;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.RoleType;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.CurrentUser;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration groups of a programme (协同小组, DOMAIN.md §3.12) and their dual mentors: proposes groups by the
 * optimal assignment of ARCHITECTURE.md "Collaboration groups", saves a proposal or HR's own list (checked against the
 * same rules), lets HR move a clerk or change a mentor, and lists the groups. Groups belong to the programme, not to
 * a version. Reads follow the caller's scope: a region admin sees the groups with a member in its regions.
 */
@Service
@Transactional(readOnly = true)
public class Groups {

	private static final Set<RoleType> ROLES = EnumSet.of(RoleType.CLERK, RoleType.CADRE, RoleType.SUPERVISOR, RoleType.MANAGER);

	private final GroupStore store;
	private final EmployeeDirectory directory;
	private final TenantSettings settings;
	private final AuditLog audit;
	private final Accounts accounts;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Groups(GroupStore store, EmployeeDirectory directory, TenantSettings settings, AuditLog audit, Accounts accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.directory = directory;
		this.settings = settings;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Proposes groups (not saved) among the active clerks and cadres of the regions of the programme's latest version
	 * who are not in a group of it yet, with mentors among the active supervisors and managers of those regions.
	 *
	 * @throws NotFoundException when the tenant has no such programme
	 */
	public Proposal propose(UUID programme) {
		requireProgramme(programme, false);
		Set<RegionId> regions = store.regions(programme);
		Set<EmployeeId> grouped = store.grouped(programme);
		Map<RoleType, List<EmployeeView>> people = new HashMap<>();
		directory.activeByRoleType(ROLES).stream().filter(e -> regions.contains(e.region()))
			.filter(e -> !grouped.contains(e.id()) || e.roleType() == RoleType.SUPERVISOR || e.roleType() == RoleType.MANAGER)
			.forEach(e -> people.computeIfAbsent(e.roleType(), r -> new ArrayList<>()).add(e));
		Capacities capacities = new Capacities(settings);
		return new Proposer(GroupSettings.rules(settings), tree()).propose(new Proposer.Pool(list(people, RoleType.CLERK),
				list(people, RoleType.CADRE), list(people, RoleType.SUPERVISOR), list(people, RoleType.MANAGER), store.mentorLoad(),
				capacities::of));
	}

	/** Proposes and saves the proposal: every group it forms (people already grouped keep their groups). */
	@Transactional
	public List<GroupView> save(UUID programme) {
		requireProgramme(programme, true);
		return save(programme, propose(programme).plans());
	}

	/**
	 * Saves groups given by ids after checking every rule (roles, the programme's regions, the group size, groups across
	 * regions, one group per person, mentors' roles, regions and capacity); numbers follow the programme's last one.
	 *
	 * @return all groups of the programme
	 * @throws RuleViolationException with a field ({@code groups[i].cadre}, {@code groups[i].clerks[j].mentor}…) per problem
	 */
	@Transactional
	public List<GroupView> save(UUID programme, List<GroupPlan> plans) {
		String status = requireProgramme(programme, true);
		requireOpen(status);
		Collection<EmployeeId> mentors = plans.stream().flatMap(p -> Stream.concat(Stream.of(p.cadreMentor()),
				p.clerks().stream().map(GroupPlan.ClerkPlan::mentor))).filter(java.util.Objects::nonNull).toList();
		store.lockMentors(mentors);
		Scoring scoring = scoring();
		PlanCheck check = new PlanCheck(scoring, store.regions(programme), store.grouped(programme), store.mentorLoad(),
				new Capacities(settings), people(plans));
		check.check(plans);
		String by = actor();
		int number = store.nextNumber(programme);
		for (GroupPlan plan : plans) {
			EmployeeView cadre = check.person(plan.cadre());
			UUID group = store.insertGroup(programme, number++, plan.cadre(), plan.cadreMentor(),
					mentorReasons(scoring, cadre, plan.cadreMentor(), check), clock.instant(), by);
			for (GroupPlan.ClerkPlan clerk : plan.clerks()) {
				EmployeeView person = check.person(clerk.clerk());
				store.insertMember(group, programme, clerk.clerk(), scoring.pair(person, cadre), clerk.mentor(),
						mentorReasons(scoring, person, clerk.mentor(), check));
			}
		}
		audit.record("COLLABORATION_GROUPS_SAVED", "programme", programme, Map.of("groups", plans.size()));
		events.publishEvent(new GroupMembersChanged(programme));
		return views(programme, store.groups(programme));
	}

	/** The programme's groups by number, as far as the caller may see them. */
	public List<GroupView> list(UUID programme) {
		requireProgramme(programme, false);
		return views(programme, store.groups(programme));
	}

	/** These groups of the programme by number (e.g. the invited groups of an occurrence), as far as the caller may see them. */
	public List<GroupView> of(UUID programme, Collection<UUID> groupIds) {
		requireProgramme(programme, false);
		return views(programme, store.groups(programme, groupIds));
	}

	/** The groups, over all programmes, in which the employee mentors the cadre or a clerk. */
	public List<GroupView> mentoredBy(EmployeeId mentor) {
		Map<UUID, List<GroupStore.GroupRow>> byProgramme = new java.util.LinkedHashMap<>();
		store.mentoredBy(mentor).forEach(g -> byProgramme.computeIfAbsent(g.programme(), p -> new ArrayList<>()).add(g));
		List<GroupView> views = new ArrayList<>();
		byProgramme.forEach((programme, rows) -> views.addAll(views(programme, rows)));
		return views;
	}

	/** The group of the programme with the employee as cadre or clerk, if the caller may see it. */
	public Optional<GroupView> groupOf(UUID programme, EmployeeId employee) {
		requireProgramme(programme, false);
		return store.groupOf(programme, employee).flatMap(id -> store.group(programme, id)).map(g -> views(programme, List.of(g)).get(0));
	}

	/**
	 * HR's adjustment: moves a clerk (grouped or not) into the group; the clerk keeps the mentor. The group must have
	 * room and, unless the tenant allows groups across regions, the clerk must work in the cadre's region; a group never
	 * loses its last clerk.
	 */
	@Transactional
	public GroupView moveClerk(UUID programme, UUID groupId, EmployeeId clerkId) {
		requireOpen(requireProgramme(programme, true));
		GroupStore.GroupRow group = store.group(programme, groupId).orElseThrow(() -> new NotFoundException("group", groupId));
		List<GroupStore.MemberRow> members = store.members(List.of(groupId));
		Scoring scoring = scoring();
		EmployeeView clerk = learner(scoring, programme, clerkId, RoleType.CLERK, "clerkId");
		GroupRules rules = scoring.rules();
		if (members.stream().anyMatch(m -> m.clerk().equals(clerkId))) {
			throw RuleViolationException.of("clerkId", "training.group.alreadyMember");
		}
		if (members.size() >= rules.clerksPerCadre()) {
			throw RuleViolationException.of(null, "training.group.groupFull", rules.clerksPerCadre());
		}
		EmployeeView cadre = directory.get(group.cadre());
		if (!scoring.canPair(clerk, cadre)) {
			throw RuleViolationException.of("clerkId", "training.group.differentRegion");
		}
		EmployeeId mentor = null;
		List<Reason> mentorReasons = List.of();
		Optional<UUID> from = store.groupOf(programme, clerkId);
		if (from.isPresent()) {
			List<GroupStore.MemberRow> source = store.members(List.of(from.get()));
			if (source.size() == 1) {
				throw RuleViolationException.of("clerkId", "training.group.lastClerk");
			}
			GroupStore.MemberRow row = source.stream().filter(m -> m.clerk().equals(clerkId)).findFirst().orElseThrow();
			mentor = row.mentor();
			mentorReasons = row.mentorReasons();
			store.deleteMember(from.get(), clerkId);
		}
		store.insertMember(groupId, programme, clerkId, scoring.pair(clerk, cadre), mentor, mentorReasons);
		audit.record("COLLABORATION_GROUP_CHANGED", "collaboration_group", groupId,
				Map.of("clerkMovedIn", clerkId.value(), "from", from.map(UUID::toString).orElse("-")));
		events.publishEvent(new GroupMembersChanged(programme));
		return view(programme, groupId);
	}

	/**
	 * HR's adjustment: gives the group's cadre (a department manager) or one of its clerks (a frontline supervisor) another
	 * mentor of the mentee's region with room for one more mentee, or none ({@code mentor} null).
	 */
	@Transactional
	public GroupView changeMentor(UUID programme, UUID groupId, EmployeeId menteeId, EmployeeId mentorId) {
		requireOpen(requireProgramme(programme, true));
		GroupStore.GroupRow group = store.group(programme, groupId).orElseThrow(() -> new NotFoundException("group", groupId));
		boolean cadre = group.cadre().equals(menteeId);
		if (menteeId == null) {
			throw RuleViolationException.of("menteeId", "training.group.notInGroup");
		}
		Optional<GroupStore.MemberRow> member = store.members(List.of(groupId)).stream().filter(m -> m.clerk().equals(menteeId)).findFirst();
		if (!cadre && member.isEmpty()) {
			throw RuleViolationException.of("menteeId", "training.group.notInGroup");
		}
		EmployeeId current = cadre ? group.cadreMentor() : member.get().mentor();
		if (java.util.Objects.equals(current, mentorId)) {
			return view(programme, groupId);
		}
		List<Reason> reasons = List.of();
		if (mentorId != null) {
			store.lockMentors(List.of(mentorId));
			EmployeeView mentee = directory.get(menteeId);
			Scoring scoring = scoring();
			PlanCheck check = new PlanCheck(scoring, store.regions(programme), Set.of(), store.mentorLoad(), new Capacities(settings),
					people(List.of(mentorId)));
			check.requireMentor(mentee, mentorId, cadre ? RoleType.MANAGER : RoleType.SUPERVISOR, "mentorId");
			check.throwIfAny();
			reasons = scoring.mentor(mentee, check.person(mentorId)).reasons();
		}
		if (cadre) {
			store.setCadreMentor(groupId, mentorId, reasons);
		}
		else {
			store.setClerkMentor(groupId, menteeId, mentorId, reasons);
		}
		audit.record("COLLABORATION_GROUP_CHANGED", "collaboration_group", groupId,
				Map.of("mentee", menteeId.value(), "mentor", mentorId == null ? "-" : mentorId.toString()));
		return view(programme, groupId);
	}

	// ---- helpers ----

	private String requireProgramme(UUID programme, boolean lock) {
		return store.programmeStatus(programme, lock).orElseThrow(() -> new NotFoundException("programme", programme));
	}

	private static void requireOpen(String status) {
		if ("CLOSED".equals(status)) {
			throw RuleViolationException.of(null, "training.group.programmeClosed");
		}
	}

	/** An active learner of the role in the programme's regions, or the rule it breaks. */
	private EmployeeView learner(Scoring scoring, UUID programme, EmployeeId id, RoleType role, String field) {
		Map<EmployeeId, EmployeeView> found = id == null ? Map.of() : people(List.of(id));
		PlanCheck check = new PlanCheck(scoring, store.regions(programme), Set.of(), Map.of(), new Capacities(settings), found);
		EmployeeView person = check.requireLearner(id, role, field);
		check.throwIfAny();
		return person;
	}

	private static List<Reason> mentorReasons(Scoring scoring, EmployeeView mentee, EmployeeId mentor, PlanCheck check) {
		return mentor == null ? List.of() : scoring.mentor(mentee, check.person(mentor)).reasons();
	}

	private Scoring scoring() {
		return new Scoring(GroupSettings.rules(settings), tree());
	}

	private OrgTree tree() {
		return new OrgTree(directory.orgUnits());
	}

	private Map<EmployeeId, EmployeeView> people(List<GroupPlan> plans) {
		Set<EmployeeId> ids = new HashSet<>();
		for (GroupPlan plan : plans) {
			ids.add(plan.cadre());
			ids.add(plan.cadreMentor());
			plan.clerks().forEach(c -> {
				ids.add(c.clerk());
				ids.add(c.mentor());
			});
		}
		ids.remove(null);
		return people(ids);
	}

	private Map<EmployeeId, EmployeeView> people(Collection<EmployeeId> ids) {
		Map<EmployeeId, EmployeeView> found = new HashMap<>();
		directory.getAll(ids).forEach(e -> found.put(e.id(), e));
		return found;
	}

	private static List<EmployeeView> list(Map<RoleType, List<EmployeeView>> people, RoleType role) {
		return people.getOrDefault(role, List.of());
	}

	private String actor() {
		return accounts.current().map(CurrentUser::username).orElse("system");
	}

	private GroupView view(UUID programme, UUID group) {
		return store.group(programme, group).map(g -> views(programme, List.of(g)).get(0))
			.orElseThrow(() -> new NotFoundException("group", group));
	}

	private List<GroupView> views(UUID programme, List<GroupStore.GroupRow> groups) {
		return new GroupViews(store, directory).of(programme, groups);
	}

	/** Each mentor's capacity: the setting's value for the mentor's region (read once per region). */
	static final class Capacities {

		private final TenantSettings settings;
		private final Map<RegionId, Integer> byRegion = new HashMap<>();

		Capacities(TenantSettings settings) {
			this.settings = settings;
		}

		int of(EmployeeView mentor) {
			return byRegion.computeIfAbsent(mentor.region(), r -> GroupSettings.mentorCapacity(settings, r));
		}
	}
}
