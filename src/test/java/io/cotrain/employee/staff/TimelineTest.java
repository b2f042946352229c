package io.cotrain.employee.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.PositionId;
import io.cotrain.tenancy.RegionId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which recorded assignment is in force on a day, and when the next one starts. */
class TimelineTest {

	private static final RegionId REGION = new RegionId(UUID.randomUUID());
	private static final PositionId CLERK = new PositionId(UUID.randomUUID());
	private static final PositionId SUPERVISOR = new PositionId(UUID.randomUUID());
	private static final PositionId MANAGER = new PositionId(UUID.randomUUID());

	private static Assignment on(String date, PositionId position) {
		return new Assignment(LocalDate.parse(date), REGION, null, position, null);
	}

	private final Timeline timeline = new Timeline(List.of(on("2023-01-01", CLERK), on("2024-06-01", SUPERVISOR),
			on("2024-06-01", MANAGER), on("2026-03-01", CLERK)));

	@Test
	void theLastRecordedOfThoseStartedByTheDayIsInForce() {
		assertThat(timeline.on(LocalDate.parse("2022-12-31"))).isEmpty();
		assertThat(timeline.on(LocalDate.parse("2023-01-01")).orElseThrow().position()).isEqualTo(CLERK);
		assertThat(timeline.on(LocalDate.parse("2024-05-31")).orElseThrow().position()).isEqualTo(CLERK);
		// two changes recorded for the same day: the later recording wins
		assertThat(timeline.on(LocalDate.parse("2024-06-01")).orElseThrow().position()).isEqualTo(MANAGER);
		assertThat(timeline.on(LocalDate.parse("2026-02-28")).orElseThrow().position()).isEqualTo(MANAGER);
		assertThat(timeline.on(LocalDate.parse("2026-03-01")).orElseThrow().position()).isEqualTo(CLERK);
	}

	@Test
	void beforeTheFirstAssignmentTheFirstCountsAsCurrent() {
		assertThat(timeline.current(LocalDate.parse("2020-01-01")).position()).isEqualTo(CLERK);
		assertThat(timeline.nextChange(LocalDate.parse("2020-01-01"))).isEqualTo(LocalDate.parse("2024-06-01"));
	}

	@Test
	void theNextChangeIsTheFirstStartAfterToday() {
		assertThat(timeline.nextChange(LocalDate.parse("2023-05-05"))).isEqualTo(LocalDate.parse("2024-06-01"));
		assertThat(timeline.nextChange(LocalDate.parse("2024-06-01"))).isEqualTo(LocalDate.parse("2026-03-01"));
		assertThat(timeline.nextChange(LocalDate.parse("2026-03-01"))).isNull();
	}

	@Test
	void aChangeIsAnyDifferenceOfRegionOrgUnitPositionOrManager() {
		Assignment base = on("2024-01-01", CLERK);
		assertThat(Timeline.differs(null, base)).isTrue();
		assertThat(Timeline.differs(base, on("2025-01-01", CLERK))).as("only the date differs").isFalse();
		assertThat(Timeline.differs(base, on("2024-01-01", SUPERVISOR))).isTrue();
		assertThat(Timeline.differs(base, new Assignment(base.effectiveFrom(), REGION, null, CLERK,
				new EmployeeId(UUID.randomUUID())))).isTrue();
	}
}
