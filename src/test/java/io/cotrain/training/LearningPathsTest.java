package io.cotrain.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.TestStaff;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;
import io.cotrain.training.LearningPaths.CheckpointForm;
import io.cotrain.training.LearningPaths.Item;
import io.cotrain.training.LearningPaths.ItemForm;
import io.cotrain.training.LearningPaths.ItemKind;
import io.cotrain.training.LearningPaths.Role;
import io.cotrain.training.LearningPaths.Schedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Learning paths: audience and schedule rules, prerequisites without cycles, checkpoints, versions and publishing. */
@CoTrainTest
class LearningPathsTest {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);
	private static final LocalDate DUE = START.plusWeeks(3);

	@Autowired
	LearningPaths paths;
	@Autowired
	Programmes programmes;
	@Autowired
	Courses courses;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	Accounts accounts;

	TestStaff staff;
	UUID programme;
	UUID orderEntry;
	UUID optimisation;
	UUID workshop;
	UUID communication;

	@BeforeEach
	void setUp() {
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		programme = staff.in(() -> programmes.create(new Programmes.ProgrammeForm("CAMP", "训练营", null, null, "协同目标", START,
				START.plusWeeks(8), Set.of(staff.east.id()), null))).id();
		orderEntry = course("ENTRY", "订单录入规范", Audience.CLERK, Courses.Mode.ONLINE);
		optimisation = course("OPT", "流程优化逻辑", Audience.CADRE, Courses.Mode.ONLINE);
		communication = course("COMM", "协同沟通", Audience.JOINT, Courses.Mode.ONLINE);
		workshop = course("WORKSHOP", "协同工作坊", Audience.JOINT, Courses.Mode.OFFLINE);
	}

	@Test
	void itemsMustFitTheRoleAndAJointSessionIsFixedOnEveryPath() {
		Item entry = add(Role.CLERK, orderEntry, DUE);
		assertThat(entry.schedule()).isEqualTo(Schedule.FLEXIBLE);
		assertThat(entry.title()).isEqualTo("订单录入规范");
		assertThat(staff.in(() -> paths.addItem(programme, 1, Role.CLERK, new ItemForm(ItemKind.COURSE, workshop, null, null, null))).schedule())
			.isEqualTo(Schedule.FIXED);

		assertThat(codes(() -> add(Role.CADRE, orderEntry, DUE))).containsExactly("training.path.wrongAudience");
		assertThat(codes(() -> staff.in(() -> paths.addItem(programme, 1, Role.CADRE,
				new ItemForm(ItemKind.COURSE, workshop, Schedule.FLEXIBLE, DUE, null))))).containsExactly("training.path.jointSessionFixed");
		assertThat(codes(() -> add(Role.CLERK, communication, START.minusDays(1)))).containsExactly("training.path.dueOutsidePeriod");
		assertThat(codes(() -> add(Role.CLERK, communication, null))).containsExactly("training.path.dueRequired");
		assertThat(codes(() -> add(Role.CLERK, orderEntry, DUE))).containsExactly("training.path.duplicate");
		assertThat(codes(() -> add(Role.CLERK, UUID.randomUUID(), DUE))).containsExactly("training.path.unknownRef");
	}

	@Test
	void aPrerequisiteThatClosesACycleIsRefusedNamingIt() {
		Item a = add(Role.CLERK, orderEntry, DUE);
		Item b = add(Role.CLERK, communication, DUE);
		Item c = staff.in(() -> paths.addItem(programme, 1, Role.CLERK, new ItemForm(ItemKind.COURSE, workshop, null, null, null)));
		staff.in(() -> {
			paths.addPrerequisite(programme, 1, Role.CLERK, a.key(), b.key()); // A requires B
			return null;
		});

		assertThatThrownBy(() -> staff.in(() -> {
			paths.addPrerequisite(programme, 1, Role.CLERK, b.key(), a.key()); // B requires A
			return null;
		})).isInstanceOfSatisfying(RuleViolationException.class, e -> {
			assertThat(e.violations()).extracting(Violation::code).containsExactly("training.path.cycle");
			assertThat(e.violations().get(0).args()).containsExactly("协同沟通 → 订单录入规范 → 协同沟通");
		});
		staff.in(() -> {
			paths.addPrerequisite(programme, 1, Role.CLERK, b.key(), c.key()); // B requires C
			return null;
		});
		assertThat(codes(() -> {
			staff.in(() -> {
				paths.addPrerequisite(programme, 1, Role.CLERK, c.key(), a.key()); // C requires A: A → B → C → A
				return null;
			});
			return null;
		})).containsExactly("training.path.cycle");
		assertThat(codes(() -> {
			staff.in(() -> {
				paths.addPrerequisite(programme, 1, Role.CLERK, a.key(), a.key());
				return null;
			});
			return null;
		})).containsExactly("training.path.cycle");
		assertThat(staff.in(() -> paths.path(programme, 1, Role.CLERK)).items()).filteredOn(i -> i.key().equals(a.key()))
			.singleElement().satisfies(i -> assertThat(i.requires()).containsExactly(b.key()));
	}

	@Test
	void publishingNeedsTheJointSessionOnBothPathsAndANewVersionKeepsTheKeys() {
		Item entry = add(Role.CLERK, orderEntry, DUE);
		Item session = staff.in(() -> paths.addItem(programme, 1, Role.CLERK, new ItemForm(ItemKind.COURSE, workshop, null, null, null)));
		staff.in(() -> {
			paths.addPrerequisite(programme, 1, Role.CLERK, session.key(), entry.key());
			paths.addCheckpoint(programme, 1, Role.CLERK, new CheckpointForm(DUE, 80, "三周 80%"));
			return null;
		});
		assertThat(codes(() -> staff.in(() -> programmes.publish(programme)))).contains("training.path.jointOnBothPaths");
		assertThat(codes(() -> staff.in(() -> paths.addCheckpoint(programme, 1, Role.CADRE, new CheckpointForm(DUE, 0, null)))))
			.containsExactly("training.path.percentRange");

		staff.in(() -> paths.addItem(programme, 1, Role.CADRE, new ItemForm(ItemKind.COURSE, workshop, null, null, null)));
		add(Role.CADRE, optimisation, DUE);
		staff.in(() -> programmes.publish(programme));
		assertThat(codes(() -> add(Role.CADRE, communication, DUE))).containsExactly("training.programme.notDraft");

		staff.in(() -> programmes.newVersion(programme, null));
		LearningPaths.Path copied = staff.in(() -> paths.path(programme, 2, Role.CLERK));
		LearningPaths.Path original = staff.in(() -> paths.path(programme, 1, Role.CLERK));
		assertThat(copied.key()).isEqualTo(original.key());
		assertThat(copied.items()).extracting(Item::key).containsExactly(entry.key(), session.key());
		assertThat(copied.items().get(1).requires()).containsExactly(entry.key());
		assertThat(copied.checkpoints()).extracting(LearningPaths.Checkpoint::expectedPercent).containsExactly(80);
		staff.in(() -> {
			paths.removeItem(programme, 2, Role.CLERK, entry.key());
			return null;
		});
		assertThat(staff.in(() -> paths.path(programme, 1, Role.CLERK)).items()).as("the published version is untouched").hasSize(2);
	}

	private Item add(Role role, UUID ref, LocalDate due) {
		return staff.in(() -> paths.addItem(programme, 1, role, new ItemForm(ItemKind.COURSE, ref, null, due, null)));
	}

	private UUID course(String code, String title, Audience audience, Courses.Mode mode) {
		return staff.in(() -> {
			Courses.Course course = courses.create(programme, 1, new Courses.CourseForm(code, title, null, null, audience, mode,
					BigDecimal.ONE, List.of()));
			courses.addUnit(programme, 1, course.key(), new Courses.UnitForm(Courses.UnitKind.TEXT, title, "正文", null, 0, 10, null));
			return course.key();
		});
	}

	private static List<String> codes(java.util.concurrent.Callable<?> work) {
		try {
			work.call();
		}
		catch (RuleViolationException e) {
			return e.violations().stream().map(Violation::code).toList();
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
		throw new AssertionError("no rule violation");
	}
}
