package io.cotrain.training.progress;

import io.cotrain.training.AttendanceRecorded;
import io.cotrain.training.OccurrenceCancelled;
import io.cotrain.training.Occurrences;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A joint live or offline course completes from attendance: when an attendance is recorded or changed, the course is
 * completed if the member attended any of its occurrences (present or late) — else a completion from attendance is
 * withdrawn; likewise for the members present or late at an occurrence that is cancelled. Runs in the recording transaction; a new completion is a milestone like any other.
 */
@Component
class AttendanceProgress {

	private final Occurrences occurrences;
	private final ProgressService progress;

	AttendanceProgress(Occurrences occurrences, ProgressService progress) {
		this.occurrences = occurrences;
		this.progress = progress;
	}

	@EventListener
	void on(AttendanceRecorded recorded) {
		boolean attended = occurrences.attended(recorded.programmeId(), recorded.courseKey(), recorded.employee());
		progress.attendance(recorded.programmeId(), recorded.courseKey(), recorded.employee(), attended);
	}

	@EventListener
	void on(OccurrenceCancelled cancelled) {
		for (io.cotrain.employee.EmployeeId employee : cancelled.attended()) {
			progress.attendance(cancelled.programmeId(), cancelled.courseKey(), employee,
					occurrences.attended(cancelled.programmeId(), cancelled.courseKey(), employee));
		}
	}
}
