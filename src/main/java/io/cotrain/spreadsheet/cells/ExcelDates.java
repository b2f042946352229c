package io.cotrain.spreadsheet.cells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Excel serial day numbers. In the 1900 system day 1 is 1900-01-01 and day 60 is the 1900-02-29 that never
 * was (kept by Excel for Lotus 1-2-3); in the 1904 system day 0 is 1904-01-01. A time of day (the fraction)
 * is dropped.
 */
public final class ExcelDates {

	public static final long MAX_SERIAL = 2_958_465; // 9999-12-31
	/** The serial days a bare number may name: 1920-01-01 … 2199-12-31. Outside them it is no date (2024 is a year). */
	public static final long PLAUSIBLE_FROM = 7306;
	public static final long PLAUSIBLE_TO = 109_573;

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private ExcelDates() {
	}

	/** The date of a serial day number, or null when it names none. */
	public static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
		if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(MAX_SERIAL + 1)) >= 0) {
			return null;
		}
		long day = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
		if (date1904) {
			return EPOCH_1904.plusDays(day);
		}
		if (day == 0 || day == 60) {
			return null;
		}
		return day < 60 ? EPOCH_1900.plusDays(day + 1) : EPOCH_1900.plusDays(day);
	}

	/** The 1900-system serial day of a date (from 1900-03-01 on). */
	public static long toSerial(LocalDate date) {
		return date.toEpochDay() - EPOCH_1900.toEpochDay();
	}

	public static boolean plausible(BigDecimal serial) {
		return serial.compareTo(BigDecimal.valueOf(PLAUSIBLE_FROM)) >= 0 && serial.compareTo(BigDecimal.valueOf(PLAUSIBLE_TO + 1)) < 0;
	}
}
