package io.cotrain.training.group;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import io.cotrain.training.group.GroupPlan.ClerkPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The groups service on the database: proposal pools, saving with every rule, adjustments, capacity, visibility. */
@CoTrainTest
class GroupsTest {

	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory tenants;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;
	@Autowired
	TenantSettings settings;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Groups groups;

	private TestStaff staff;
	private EmployeeView supervisor;
	private EmployeeView manager;
	private UUID programme;

	@BeforeEach
	void company() {
		staff = new TestStaff(provisioning, tenants, organisation, registry, accounts);
		manager = staff.hire("400", "经理", staff.east, staff.manager);
		supervisor = staff.hire("300", "主管", staff.east, staff.supervisor, manager, java.time.LocalDate.of(2024, 1, 15));
		programme = staff.in(() -> TestProgrammes.create(jdbc, "P1", staff.east.id()));
	}

	private EmployeeView clerk(String number) {
		return staff.hire(number, "文员" + number, staff.east, staff.clerk, supervisor, java.time.LocalDate.of(2024, 1, 15));
	}

	private EmployeeView cadre(String number) {
		return staff.hire(number, "储干" + number, staff.east, staff.cadre, manager, java.time.LocalDate.of(2024, 1, 15));
	}

	private <T> T hr(Supplier<T> work) {
		return staff.in(work);
	}

	private static List<String> codes(RuleViolationException e) {
		return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
	}

	@Test
	void theProposalTakesTheProgrammesRegionsAndSavingItFormsTheGroupsWithMentors() {
		EmployeeView c1 = clerk("101");
		EmployeeView c2 = clerk("102");
		EmployeeView c3 = clerk("103");
		EmployeeView k1 = cadre("201");
		EmployeeView k2 = cadre("202");
		staff.hire("109", "南文员", staff.south, staff.clerk);

		Proposal proposal = hr(() -> groups.propose(programme));

		assertThat(proposal.groups()).hasSize(2);
		assertThat(proposal.groups()).flatExtracting(Proposal.Group::clerks).extracting(c -> c.clerk().employeeNo())
			.containsExactlyInAnyOrder("101", "102", "103");
		assertThat(proposal.groups()).allSatisfy(g -> {
			assertThat(g.cadreMentor().id()).isEqualTo(manager.id());
			assertThat(g.cadreMentorReasons()).extracting(Reason::key).containsExactly("training.mentor.reason.lineManager");
			assertThat(g.clerks()).allSatisfy(c -> assertThat(c.mentor().id()).isEqualTo(supervisor.id()));
		});
		assertThat(proposal.leftOut()).isEmpty();

		List<GroupView> saved = hr(() -> groups.save(programme));

		assertThat(saved).extracting(GroupView::number).containsExactly(1, 2);
		assertThat(saved).extracting(g -> g.cadre().id()).containsExactlyInAnyOrder(k1.id(), k2.id());
		assertThat(saved).allSatisfy(g -> assertThat(g.score()).isEqualTo(g.clerks().stream().mapToInt(GroupClerk::score).sum()));
		assertThat(saved.get(0).clerks().get(0).reasons()).extracting(Reason::key)
			.contains("training.group.reason.region", "training.group.reason.sameUnit");
		UUID withC1 = saved.stream().filter(g -> g.hasMember(c1.id())).findFirst().orElseThrow().id();
		assertThat(hr(() -> groups.groupOf(programme, c1.id()))).map(GroupView::id).contains(withC1);
		assertThat(hr(() -> groups.groupOf(programme, supervisor.id()))).isEmpty();
		assertThat(hr(() -> groups.groupOf(programme, c3.id()))).isPresent();
		// the grouped are not proposed again
		assertThat(hr(() -> groups.propose(programme)).groups()).isEmpty();
		assertThat(hr(() -> groups.list(programme))).isEqualTo(saved);
		assertThat(hr(() -> groups.groupOf(programme, c2.id())).orElseThrow().hasMember(c2.id())).isTrue();
	}

	@Test
	void aMentorsCapacityHoldsAcrossProgrammesAndAdjustments() {
		hr(() -> {
			settings.set(GroupSettings.MENTOR_CAPACITY.key(), null, "2");
			return null;
		});
		EmployeeView c1 = clerk("101");
		clerk("102");
		clerk("103");
		EmployeeView k1 = cadre("201");
		cadre("202");
		UUID other = hr(() -> TestProgrammes.create(jdbc, "P2", staff.east.id()));
		hr(() -> groups.save(other, List.of(new GroupPlan(k1.id(), null, List.of(new ClerkPlan(c1.id(), supervisor.id()))))));

		Proposal proposal = hr(() -> groups.propose(programme));

		// one place left with the supervisor: one of the three clerks gets it, two are listed without a mentor
		assertThat(proposal.groups()).flatExtracting(Proposal.Group::clerks).filteredOn(c -> c.mentor() != null).hasSize(1);
		assertThat(proposal.leftOut()).filteredOn(l -> l.topic() == LeftOut.Topic.MENTOR)
			.extracting(LeftOut::role, LeftOut::reason)
			.containsExactly(tuple(RoleType.CLERK, "training.mentor.leftOut.full.SUPERVISOR"),
					tuple(RoleType.CLERK, "training.mentor.leftOut.full.SUPERVISOR"));
		List<GroupView> saved = hr(() -> groups.save(programme));
		long withSupervisor = saved.stream().flatMap(g -> g.clerks().stream()).filter(c -> c.mentor() != null).count();
		assertThat(withSupervisor).isEqualTo(1);

		GroupClerk without = saved.stream().flatMap(g -> g.clerks().stream()).filter(c -> c.mentor() == null).findFirst().orElseThrow();
		UUID group = saved.stream().filter(g -> g.clerks().contains(without)).findFirst().orElseThrow().id();
		assertThatThrownBy(() -> hr(() -> groups.changeMentor(programme, group, without.clerk().id(), supervisor.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(codes(e)).containsExactly("mentorId training.mentor.full");
				assertThat(e.violations().get(0).args()).containsExactly("主管", 2);
			});
		// a manager cannot mentor a clerk, and a clerk cannot be a mentor
		assertThatThrownBy(() -> hr(() -> groups.changeMentor(programme, group, without.clerk().id(), manager.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("mentorId training.mentor.wrongRole.SUPERVISOR"));
	}

	@Test
	void savingHrsOwnListChecksEveryRule() {
		EmployeeView c1 = clerk("101");
		EmployeeView c2 = clerk("102");
		EmployeeView c3 = clerk("103");
		EmployeeView k1 = cadre("201");
		EmployeeView south = staff.hire("209", "南储干", staff.south, staff.cadre);
		UUID both = hr(() -> TestProgrammes.create(jdbc, "P2", staff.east.id(), staff.south.id()));

		assertThatThrownBy(() -> hr(() -> groups.save(programme, List.of(
				new GroupPlan(c1.id(), null, List.of(new ClerkPlan(k1.id(), null))),
				new GroupPlan(south.id(), manager.id(), List.of(new ClerkPlan(c2.id(), manager.id()))),
				new GroupPlan(k1.id(), supervisor.id(), List.of(new ClerkPlan(c1.id(), null), new ClerkPlan(c2.id(), null),
						new ClerkPlan(c3.id(), null)))))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e)).containsExactly(
					"groups[0].cadre training.group.wrongRole.CADRE",
					"groups[0].clerks[0].clerk training.group.wrongRole.CLERK",
					"groups[1].cadre training.group.outsideProgramme",
					"groups[1].clerks[0].mentor training.mentor.wrongRole.SUPERVISOR",
					"groups[2].cadreMentor training.mentor.wrongRole.MANAGER",
					"groups[2].clerks training.group.size",
					"groups[2].clerks[1].clerk training.group.alreadyGrouped"));
		assertThat(hr(() -> groups.list(programme))).isEmpty();

		// a programme of both regions: still no group across them (the tenant's default)
		assertThatThrownBy(() -> hr(() -> groups.save(both, List.of(new GroupPlan(south.id(), null, List.of(new ClerkPlan(c1.id(), null)))))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("groups[0].clerks[0].clerk training.group.differentRegion"));

		hr(() -> groups.save(programme, List.of(new GroupPlan(k1.id(), null, List.of(new ClerkPlan(c1.id(), null))))));
		assertThatThrownBy(() -> hr(() -> groups.save(programme, List.of(new GroupPlan(k1.id(), null, List.of(new ClerkPlan(c2.id(), null)))))))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("groups[0].cadre training.group.alreadyGrouped"));
	}

	@Test
	void hrMovesClerksBetweenGroupsWithinTheRules() {
		EmployeeView c1 = clerk("101");
		EmployeeView c2 = clerk("102");
		EmployeeView c3 = clerk("103");
		EmployeeView c4 = clerk("104");
		EmployeeView k1 = cadre("201");
		EmployeeView k2 = cadre("202");
		List<GroupView> saved = hr(() -> groups.save(programme, List.of(
				new GroupPlan(k1.id(), manager.id(), List.of(new ClerkPlan(c1.id(), supervisor.id()), new ClerkPlan(c2.id(), null))),
				new GroupPlan(k2.id(), null, List.of(new ClerkPlan(c3.id(), null))))));
		UUID first = saved.get(0).id();
		UUID second = saved.get(1).id();

		GroupView moved = hr(() -> groups.moveClerk(programme, second, c1.id()));

		assertThat(moved.clerks()).extracting(c -> c.clerk().employeeNo(), c -> c.mentor() == null ? null : c.mentor().employeeNo())
			.containsExactly(tuple("101", "300"), tuple("103", null));
		assertThat(moved.score()).isEqualTo(moved.clerks().stream().mapToInt(GroupClerk::score).sum()).isPositive();
		GroupView left = hr(() -> groups.list(programme)).get(0);
		assertThat(left.clerks()).extracting(c -> c.clerk().employeeNo()).containsExactly("102");
		assertThat(left.score()).isEqualTo(left.clerks().get(0).score());

		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, second, c4.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e)).containsExactly("null training.group.groupFull"));
		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, second, c2.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e)).containsExactly("null training.group.groupFull"));
		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, second, c3.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e)).containsExactly("clerkId training.group.alreadyMember"));
		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, first, k2.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("clerkId training.group.wrongRole.CLERK"));
		// an ungrouped clerk joins the group with room
		assertThat(hr(() -> groups.moveClerk(programme, first, c4.id())).clerks()).extracting(c -> c.clerk().employeeNo())
			.containsExactly("102", "104");
		// the cadre's mentor changes and goes
		assertThat(hr(() -> groups.changeMentor(programme, first, k1.id(), null)).cadreMentor()).isNull();
		GroupView mentored = hr(() -> groups.changeMentor(programme, first, k1.id(), manager.id()));
		assertThat(mentored.cadreMentor().id()).isEqualTo(manager.id());
		assertThat(mentored.cadreMentorReasons()).extracting(Reason::key).containsExactly("training.mentor.reason.lineManager");
		assertThatThrownBy(() -> hr(() -> groups.changeMentor(programme, first, c3.id(), supervisor.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("menteeId training.group.notInGroup"));
	}

	@Test
	void theLastClerkStaysAndUnknownProgrammesAndGroupsAreNotFound() {
		EmployeeView c1 = clerk("101");
		EmployeeView c2 = clerk("102");
		EmployeeView k1 = cadre("201");
		EmployeeView k2 = cadre("202");
		List<GroupView> saved = hr(() -> groups.save(programme, List.of(new GroupPlan(k1.id(), null, List.of(new ClerkPlan(c1.id(), null))),
				new GroupPlan(k2.id(), null, List.of(new ClerkPlan(c2.id(), null))))));

		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, saved.get(1).id(), c1.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e)).containsExactly("clerkId training.group.lastClerk"));
		assertThatThrownBy(() -> hr(() -> groups.list(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> hr(() -> groups.moveClerk(programme, UUID.randomUUID(), c1.id()))).isInstanceOf(NotFoundException.class);
		hr(() -> jdbc.sql("update programme set status = 'CLOSED' where id = :p").param("p", programme).update());
		assertThatThrownBy(() -> hr(() -> groups.changeMentor(programme, saved.get(0).id(), k1.id(), manager.id())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(codes(e))
				.containsExactly("null training.group.programmeClosed"));
	}

	@Test
	void aRegionAdminSeesTheGroupsWithAMemberInTheirRegions() {
		EmployeeView eastClerk = clerk("101");
		cadre("201");
		staff.hire("109", "南文员", staff.south, staff.clerk);
		staff.hire("209", "南储干", staff.south, staff.cadre);
		UUID both = hr(() -> TestProgrammes.create(jdbc, "P2", staff.east.id(), staff.south.id()));
		List<GroupView> saved = hr(() -> groups.save(both));
		assertThat(saved).hasSize(2);

		List<GroupView> seen = TenantScope.call(TenantScope.regions(staff.tenant.id(), Set.of(staff.south.id())), () -> groups.list(both));

		assertThat(seen).extracting(g -> g.cadre().name(), g -> g.clerks().get(0).clerk().name()).containsExactly(tuple("南储干", "南文员"));
		assertThat(TenantScope.call(TenantScope.regions(staff.tenant.id(), Set.of(staff.south.id())),
				() -> groups.groupOf(both, eastClerk.id()))).isEmpty();
	}
}
