package io.cotrain.training;

import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;

/**
 * An occurrence was cancelled (published in the cancelling transaction): it no longer counts as attended for
 * {@code attended}, the members recorded present or late there, whose completion of the course may have to be withdrawn.
 */
public record OccurrenceCancelled(UUID programmeId, UUID courseKey, List<EmployeeId> attended) {

	public OccurrenceCancelled {
		attended = List.copyOf(attended);
	}
}
