package io.cotrain.employee.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.cotrain.CoTrainTest;
import io.cotrain.MutableClock;
import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeDirectory;
import io.cotrain.employee.EmployeeQuery;
import io.cotrain.employee.EmployeeRegistry;
import io.cotrain.employee.EmployeeRegistry.EmployeeChange;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.Organisation;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TestStaff;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantProvisioning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Position, org unit, region and manager are effective-dated: a future change is recorded at once, becomes
 * current when its day begins in the employee's region (Asia/Shanghai here, eight hours ahead of UTC), and the
 * history keeps every change.
 */
@CoTrainTest
class EffectiveDatingTest {

	private static final Instant EVENING_OF_MARCH_10_IN_SHANGHAI = Instant.parse("2026-03-10T12:00:00Z");
	private static final Instant LAST_SECOND_OF_MARCH_10_IN_SHANGHAI = Instant.parse("2026-03-10T15:59:59Z");
	private static final Instant MIDNIGHT_OF_MARCH_11_IN_SHANGHAI = Instant.parse("2026-03-10T16:00:00Z");
	private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);

	@Autowired
	MutableClock clock;
	@Autowired
	TenantProvisioning provisioning;
	@Autowired
	TenantDirectory directory;
	@Autowired
	Organisation organisation;
	@Autowired
	EmployeeRegistry registry;
	@Autowired
	EmployeeDirectory employees;
	@Autowired
	Accounts accounts;
	@Autowired
	DueAssignments due;
	@Autowired
	JdbcClient jdbc;

	private TestStaff staff;
	private EmployeeView clerk;

	@BeforeEach
	void aClerkWithAPromotionScheduledForTomorrow() {
		clock.set(EVENING_OF_MARCH_10_IN_SHANGHAI);
		staff = new TestStaff(provisioning, directory, organisation, registry, accounts);
		clerk = staff.hire("E1", "王小明", staff.east, staff.clerk, null, LocalDate.of(2025, 1, 2));
		staff.in(() -> registry.update(clerk.id(), change(clerk, staff.supervisor.id().value(), MARCH_11)));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static EmployeeChange change(EmployeeView e, UUID position, LocalDate from) {
		return new EmployeeChange(e.name(), e.phone(), e.email(), null, e.region(), e.orgUnit(),
				new io.cotrain.employee.PositionId(position), e.manager(), from);
	}

	private EmployeeView current() {
		return staff.in(() -> employees.get(clerk.id()));
	}

	private UUID positionInRow() {
		return staff.in(() -> jdbc.sql("select position_id from employee where id = :id").param("id", clerk.id().value())
			.query(UUID.class).single());
	}

	@Test
	void aFutureChangeIsRecordedButNotCurrentBeforeItsDay() {
		assertThat(current().position()).isEqualTo(staff.clerk.id());
		assertThat(current().roleType()).isEqualTo(RoleType.CLERK);
		List<Assignment> history = staff.in(() -> employees.history(clerk.id()));
		assertThat(history).extracting(Assignment::effectiveFrom).containsExactly(LocalDate.of(2025, 1, 2), MARCH_11);
		assertThat(history).extracting(Assignment::position).containsExactly(staff.clerk.id(), staff.supervisor.id());

		clock.set(LAST_SECOND_OF_MARCH_10_IN_SHANGHAI);
		assertThat(current().position()).isEqualTo(staff.clerk.id());
		assertThat(staff.in(() -> employees.activeByRoleType(EnumSet.of(RoleType.SUPERVISOR)))).extracting(EmployeeView::id)
			.doesNotContain(clerk.id());
	}

	@Test
	void theChangeIsCurrentFromMidnightInTheRegionEvenBeforeTheRowIsUpdated() {
		clock.set(MIDNIGHT_OF_MARCH_11_IN_SHANGHAI); // still March 10 in UTC
		assertThat(positionInRow()).as("nothing has copied the change yet").isEqualTo(staff.clerk.id().value());

		assertThat(current().position()).isEqualTo(staff.supervisor.id());
		assertThat(current().roleType()).isEqualTo(RoleType.SUPERVISOR);
		assertThat(staff.in(() -> employees.activeByRoleType(EnumSet.of(RoleType.SUPERVISOR)))).extracting(EmployeeView::id)
			.contains(clerk.id());
		assertThat(staff.in(() -> employees.activeByRoleType(EnumSet.of(RoleType.CLERK)))).extracting(EmployeeView::id)
			.doesNotContain(clerk.id());
	}

	@Test
	void aSearchAppliesDueChangesSoFiltersAreExact() {
		clock.set(MIDNIGHT_OF_MARCH_11_IN_SHANGHAI);
		var supervisors = staff.in(() -> employees.search(new EmployeeQuery(null, null, null, staff.supervisor.id(), null, null, null, 0, 50)));
		assertThat(supervisors.content()).extracting(EmployeeView::id).containsExactly(clerk.id());
		assertThat(positionInRow()).isEqualTo(staff.supervisor.id().value());
		assertThat(staff.in(() -> jdbc.sql("select next_change_on from employee where id = :id").param("id", clerk.id().value())
			.query(LocalDate.class).optional())).isEmpty();
	}

	@Test
	void theHourlySweepAppliesDueChangesOfEveryTenant() {
		due.sweep();
		assertThat(positionInRow()).isEqualTo(staff.clerk.id().value());
		clock.set(MIDNIGHT_OF_MARCH_11_IN_SHANGHAI);
		due.sweep();
		assertThat(positionInRow()).isEqualTo(staff.supervisor.id().value());
	}

	@Test
	void historyKeepsEveryChangeAndAssignmentOnFindsTheOneInForce() {
		clock.set(Instant.parse("2026-05-01T04:00:00Z"));
		// a change recorded later but dated back, and a transfer to another region from June
		staff.in(() -> registry.update(clerk.id(), change(current(), staff.cadre.id().value(), LocalDate.of(2025, 6, 1))));
		EmployeeView now = current();
		staff.in(() -> registry.update(clerk.id(), new EmployeeChange(now.name(), null, null, null, staff.south.id(),
				staff.southTeam.id(), now.position(), null, LocalDate.of(2026, 6, 1))));

		List<Assignment> history = staff.in(() -> employees.history(clerk.id()));
		assertThat(history).extracting(Assignment::effectiveFrom).containsExactly(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 6, 1),
				MARCH_11, LocalDate.of(2026, 6, 1));
		assertThat(assignmentOn(LocalDate.of(2025, 1, 1))).isNull();
		assertThat(assignmentOn(LocalDate.of(2025, 1, 2)).position()).isEqualTo(staff.clerk.id());
		assertThat(assignmentOn(LocalDate.of(2025, 12, 31)).position()).isEqualTo(staff.cadre.id());
		assertThat(assignmentOn(LocalDate.of(2026, 5, 31)).position()).isEqualTo(staff.supervisor.id());
		assertThat(assignmentOn(LocalDate.of(2026, 5, 31)).region()).isEqualTo(staff.east.id());
		assertThat(assignmentOn(LocalDate.of(2026, 6, 1)).region()).isEqualTo(staff.south.id());
		assertThat(current().region()).isEqualTo(staff.east.id());

		clock.set(Instant.parse("2026-06-01T00:00:00Z"));
		assertThat(current().region()).isEqualTo(staff.south.id());
		assertThat(current().orgUnit()).isEqualTo(staff.southTeam.id());
	}

	@Test
	void anUnchangedAssignmentRecordsNothingNew() {
		EmployeeView now = current();
		staff.in(() -> registry.update(clerk.id(), new EmployeeChange("王晓明", "13800138000", null, null, now.region(),
				now.orgUnit(), now.position(), null, null)));
		assertThat(staff.in(() -> employees.history(clerk.id()))).hasSize(2);
		assertThat(current().name()).isEqualTo("王晓明");
		assertThat(current().phone()).isEqualTo("+8613800138000");
	}

	private Assignment assignmentOn(LocalDate day) {
		return staff.in(() -> employees.assignmentOn(clerk.id(), day)).orElse(null);
	}
}
