package io.cotrain.employee.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cotrain.employee.Assignment;

/**
 * Reads an employee's assignment history (sorted by effective date, then by when each was recorded): the one in
 * force on a day is the last recorded of those that started by then; before the first, the first counts as
 * current (someone hired for next month already belongs somewhere).
 */
final class Timeline {

	private final List<Assignment> history;

	/** @param history oldest first; on the same date, the one recorded later comes later */
	Timeline(List<Assignment> history) {
		this.history = List.copyOf(history);
	}

	Optional<Assignment> on(LocalDate day) {
		Assignment found = null;
		for (Assignment a : history) {
			if (!a.effectiveFrom().isAfter(day)) {
				found = a;
			}
		}
		return Optional.ofNullable(found);
	}

	Assignment current(LocalDate today) {
		return on(today).orElseGet(() -> history.get(0));
	}

	/** The first day after {@code today} on which another assignment starts, or null. */
	LocalDate nextChange(LocalDate today) {
		LocalDate from = current(today).effectiveFrom();
		LocalDate after = from.isAfter(today) ? from : today;
		return history.stream().map(Assignment::effectiveFrom).filter(d -> d.isAfter(after)).min(LocalDate::compareTo).orElse(null);
	}

	/** Whether {@code wanted} places the employee differently from {@code base} (dates aside). */
	static boolean differs(Assignment base, Assignment wanted) {
		return base == null || !Objects.equals(base.region(), wanted.region()) || !Objects.equals(base.orgUnit(), wanted.orgUnit())
				|| !Objects.equals(base.position(), wanted.position()) || !Objects.equals(base.manager(), wanted.manager());
	}
}
