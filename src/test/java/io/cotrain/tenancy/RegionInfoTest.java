package io.cotrain.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionInfoTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	private final RegionInfo shanghai = region("cn-east", "Asia/Shanghai");
	private final RegionInfo hoChiMinh = region("vn-hcm", "Asia/Ho_Chi_Minh");

	private static RegionInfo region(String code, String zone) {
		return new RegionInfo(new RegionId(UUID.randomUUID()), code, code, ZoneId.of(zone), Locale.ROOT, "CN");
	}

	@Test
	void dayEndsAtOneSecondBeforeMidnightInTheRegionsZone() {
		assertThat(shanghai.endOfDay(DAY)).isEqualTo(Instant.parse("2026-11-27T15:59:59Z"));
		assertThat(hoChiMinh.endOfDay(DAY)).isEqualTo(Instant.parse("2026-11-27T16:59:59Z"));
	}

	@Test
	void dayStartsAtMidnightInTheRegionsZone() {
		assertThat(shanghai.startOfDay(DAY)).isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
		assertThat(hoChiMinh.startOfDay(DAY)).isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
		assertThat(shanghai.startOfDay(DAY.plusDays(1))).isAfter(shanghai.endOfDay(DAY));
	}

	@Test
	void todayDependsOnTheRegionsZone() {
		Clock halfPastFourUtc = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneOffset.UTC);
		assertThat(shanghai.today(halfPastFourUtc)).isEqualTo(DAY.plusDays(1));
		assertThat(hoChiMinh.today(halfPastFourUtc)).isEqualTo(DAY);
	}
}
