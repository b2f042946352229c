package io.cotrain.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A region (site, branch) as other modules see it. Its time zone decides when its days and months begin
 * and end; its locale and phone country are the defaults for its people.
 */
public record RegionInfo(RegionId id, String code, String name, ZoneId timeZone, Locale locale, String phoneCountry) {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/** The instant a due date ends: 23:59:59 of that day in the region's zone. */
	public Instant endOfDay(LocalDate date) {
		return date.atTime(END_OF_DAY).atZone(timeZone).toInstant();
	}

	/** The instant a day begins in the region's zone. */
	public Instant startOfDay(LocalDate date) {
		return date.atStartOfDay(timeZone).toInstant();
	}

	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(timeZone));
	}
}
