package io.cotrain.attendance.terminal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * ATTLOG records of ZKTeco devices, parsed by position (TERMINALS.md §1): a PUSH upload has {@code PIN, time, status,
 * verify, workcode, reserved, reserved, maskFlag, temperature, convTemperature, timeOffset, extendData} (any count from
 * 2), a USB export ({@code *_attlog.dat}) a space-padded PIN and the device number after the time. Lines end in
 * {@code \n} or {@code \r\n}; blank and broken lines are counted (broken ones with their line numbers), never fatal.
 */
record Attlog(List<Line> lines, int blank, List<Integer> broken) {

	enum Format {
		PUSH, USB
	}

	/**
	 * One record. {@code localTime} is the device's wall-clock text {@code yyyy-MM-dd HH:mm:ss}; {@code offsetSeconds}
	 * the record's own timeOffset, when it has one.
	 */
	record Line(String pin, LocalDateTime localTime, String status, String verify, String workcode, Integer offsetSeconds, String raw) {

		/** The instant: the record's timeOffset when present, else the device's zone. */
		Instant instant(ZoneId deviceZone) {
			return offsetSeconds != null ? localTime.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)) : localTime.atZone(deviceZone).toInstant();
		}

		String localText() {
			return localTime.format(TIME);
		}
	}

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
	private static final int MAX_PIN = 32;
	private static final int MAX_OFFSET = 18 * 3600;

	static Attlog parse(String body, Format format) {
		List<Line> lines = new ArrayList<>();
		List<Integer> broken = new ArrayList<>();
		int blank = 0;
		String[] rows = body.split("\n", -1);
		int count = body.endsWith("\n") ? rows.length - 1 : rows.length;
		for (int i = 0; i < count; i++) {
			String row = rows[i].endsWith("\r") ? rows[i].substring(0, rows[i].length() - 1) : rows[i];
			if (row.isBlank()) {
				blank++;
				continue;
			}
			Line line = format == Format.PUSH ? push(row) : usb(row);
			if (line == null) {
				broken.add(i + 1);
			}
			else {
				lines.add(line);
			}
		}
		return new Attlog(lines, blank, broken);
	}

	private static Line push(String row) {
		String[] f = row.split("\t", -1);
		if (f.length < 2) {
			return null;
		}
		return line(f[0], f[1], field(f, 2), field(f, 3), field(f, 4), offset(field(f, 10)), row);
	}

	private static Line usb(String row) {
		String[] f = row.split("\t", -1);
		if (f.length < 2) {
			return null;
		}
		return line(f[0].strip(), f[1], field(f, 3), field(f, 4), field(f, 5), null, row);
	}

	private static Line line(String pin, String time, String status, String verify, String workcode, Integer offset, String raw) {
		if (pin.isEmpty() || pin.length() > MAX_PIN || !pin.chars().allMatch(c -> c > ' ' && c != 0x7f)) {
			return null;
		}
		try {
			LocalDateTime at = LocalDateTime.parse(time.strip().replace('T', ' '), TIME);
			return new Line(pin, at, status, verify, workcode, offset, raw.length() > 4000 ? raw.substring(0, 4000) : raw);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String field(String[] f, int index) {
		if (index >= f.length || f[index].isBlank()) {
			return null;
		}
		String value = f[index].strip();
		return value.length() > 32 ? value.substring(0, 32) : value;
	}

	/** timeOffset in seconds ({@code +28800}); anything else (blank, out of range) counts as absent. */
	private static Integer offset(String value) {
		if (value == null) {
			return null;
		}
		try {
			int seconds = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
			return Math.abs(seconds) <= MAX_OFFSET ? seconds : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
