package io.cotrain.tenancy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A number (or flag, duration, time of day) that a tenant — and, where it makes sense, one of its regions —
 * may change: thresholds, weights, hours and windows are data, never literals in code. A module declares its
 * settings as beans with their defaults; {@link TenantSettings} answers the value in force.
 *
 * @param key stable, dotted, e.g. {@code competency.need-analysis.kpi-window-months}; its label and help text
 * are the message keys {@code setting.<key>} and {@code setting.<key>.help}
 * @param min lowest allowed value (numbers, durations, percent), or null
 * @param max highest allowed value, or null
 * @param perRegion whether a region may override the tenant's value
 */
public record Setting<T>(String key, Type type, T defaultValue, T min, T max, boolean perRegion) {

	public enum Type {
		INTEGER, DECIMAL, PERCENT, DURATION, BOOLEAN, TIME
	}

	public Setting {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultValue, "defaultValue");
	}

	public static Setting<Integer> integer(String key, int defaultValue, int min, int max, boolean perRegion) {
		return new Setting<>(key, Type.INTEGER, defaultValue, min, max, perRegion);
	}

	/** A share between 0 and 1, shown and entered as percent. */
	public static Setting<BigDecimal> percent(String key, String defaultValue, boolean perRegion) {
		return new Setting<>(key, Type.PERCENT, new BigDecimal(defaultValue), BigDecimal.ZERO, BigDecimal.ONE, perRegion);
	}

	public static Setting<BigDecimal> decimal(String key, String defaultValue, String min, String max, boolean perRegion) {
		return new Setting<>(key, Type.DECIMAL, new BigDecimal(defaultValue), new BigDecimal(min), new BigDecimal(max), perRegion);
	}

	public static Setting<Duration> duration(String key, Duration defaultValue, Duration min, Duration max, boolean perRegion) {
		return new Setting<>(key, Type.DURATION, defaultValue, min, max, perRegion);
	}

	public static Setting<Boolean> flag(String key, boolean defaultValue, boolean perRegion) {
		return new Setting<>(key, Type.BOOLEAN, defaultValue, null, null, perRegion);
	}

	public static Setting<LocalTime> time(String key, LocalTime defaultValue, boolean perRegion) {
		return new Setting<>(key, Type.TIME, defaultValue, null, null, perRegion);
	}

	/**
	 * Parses a stored or entered value.
	 *
	 * @throws IllegalArgumentException when it is not a value of this setting (wrong form or out of range)
	 */
	@SuppressWarnings("unchecked")
	public T parse(String text) {
		String value = text == null ? "" : text.trim();
		try {
			Object parsed = switch (type) {
				case INTEGER -> Integer.valueOf(value);
				case DECIMAL -> new BigDecimal(value);
				case PERCENT -> value.endsWith("%")
						? new BigDecimal(value.substring(0, value.length() - 1).trim()).movePointLeft(2)
						: new BigDecimal(value);
				case DURATION -> Duration.parse(value);
				case BOOLEAN -> parseBoolean(value);
				case TIME -> LocalTime.parse(value);
			};
			T typed = (T) parsed;
			checkRange(typed);
			return typed;
		}
		catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException("not a " + type + ": " + value, e);
		}
	}

	/** The stored and shown form of a value (percent settings as {@code 30%}); {@link #parse} reads it back. */
	public String format(T value) {
		if (value instanceof BigDecimal d) {
			return type == Type.PERCENT ? d.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
					: d.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void checkRange(T value) {
		if (min != null && ((Comparable) value).compareTo(min) < 0 || max != null && ((Comparable) value).compareTo(max) > 0) {
			throw new IllegalArgumentException(value + " is outside " + min + " … " + max);
		}
	}

	private static Boolean parseBoolean(String value) {
		return switch (value.toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("not a flag: " + value);
		};
	}
}
