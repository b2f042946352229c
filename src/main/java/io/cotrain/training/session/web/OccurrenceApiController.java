package io.cotrain.training.session.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.RegionId;
import io.cotrain.training.Occurrences;
import io.cotrain.training.Occurrences.Mark;
import io.cotrain.training.Occurrences.Occurrence;
import io.cotrain.training.Occurrences.OccurrenceForm;
import io.cotrain.training.Occurrences.RosterEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Occurrences of a programme's joint live/offline courses and their attendance over the API. */
@Tag(name = "Occurrences", description = "Training sessions of joint live and offline courses, and attendance")
@RestController
class OccurrenceApiController {

	private final Occurrences occurrences;

	OccurrenceApiController(Occurrences occurrences) {
		this.occurrences = occurrences;
	}

	/** Times with their offset, e.g. {@code 2026-07-10T09:00:00+08:00}. */
	record OccurrenceInput(UUID courseKey, UUID regionId, OffsetDateTime startsAt, OffsetDateTime endsAt, String venue,
			String onlineUrl, String note, List<UUID> groupIds) {

		OccurrenceForm form() {
			return new OccurrenceForm(courseKey, regionId == null ? null : new RegionId(regionId),
					startsAt == null ? null : startsAt.toInstant(), endsAt == null ? null : endsAt.toInstant(), venue, onlineUrl, note,
					groupIds == null ? List.of() : groupIds);
		}
	}

	record MarkInput(UUID employeeId, Occurrences.Attendance status, String note) {
	}

	record AttendanceInput(List<MarkInput> marks) {

		List<Mark> marks(List<MarkInput> in) {
			return in == null ? List.of()
					: in.stream().map(m -> m == null ? null
							: new Mark(m.employeeId() == null ? null : new EmployeeId(m.employeeId()), m.status(), m.note())).toList();
		}
	}

	@Operation(summary = "The programme's occurrences the caller sees (a mentor: those of their mentees), by start")
	@GetMapping("/api/v1/programmes/{id}/occurrences")
	@PreAuthorize(OccurrenceAccess.READ)
	List<Occurrence> list(@PathVariable UUID id) {
		return occurrences.list(id);
	}

	@Operation(summary = "Plans an occurrence of a JOINT LIVE or OFFLINE course")
	@PostMapping("/api/v1/programmes/{id}/occurrences")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OccurrenceAccess.WRITE)
	Occurrence create(@PathVariable UUID id, @RequestBody OccurrenceInput in) {
		return occurrences.create(id, in.form());
	}

	@GetMapping("/api/v1/programmes/{id}/occurrences/{occurrenceId}")
	@PreAuthorize(OccurrenceAccess.READ)
	Occurrence get(@PathVariable UUID id, @PathVariable UUID occurrenceId) {
		return occurrences.get(id, occurrenceId);
	}

	@PutMapping("/api/v1/programmes/{id}/occurrences/{occurrenceId}")
	@PreAuthorize(OccurrenceAccess.WRITE)
	Occurrence update(@PathVariable UUID id, @PathVariable UUID occurrenceId, @RequestBody OccurrenceInput in) {
		return occurrences.update(id, occurrenceId, in.form());
	}

	@Operation(summary = "Cancels the occurrence (it stays, with its attendance, as history)")
	@DeleteMapping("/api/v1/programmes/{id}/occurrences/{occurrenceId}")
	@PreAuthorize(OccurrenceAccess.WRITE)
	Occurrence cancel(@PathVariable UUID id, @PathVariable UUID occurrenceId) {
		return occurrences.cancel(id, occurrenceId);
	}

	@Operation(summary = "The roster (invited groups' members) with mentors and recorded attendance; a mentor sees their mentees")
	@GetMapping("/api/v1/programmes/{id}/occurrences/{occurrenceId}/attendance")
	@PreAuthorize(OccurrenceAccess.READ)
	List<RosterEntry> roster(@PathVariable UUID id, @PathVariable UUID occurrenceId) {
		return occurrences.roster(id, occurrenceId);
	}

	@Operation(summary = "Records attendance ({marks: [{employeeId, status, note}]}); a mentor marks only their own mentees")
	@PutMapping("/api/v1/programmes/{id}/occurrences/{occurrenceId}/attendance")
	@PreAuthorize(OccurrenceAccess.RECORD)
	List<RosterEntry> record(@PathVariable UUID id, @PathVariable UUID occurrenceId, @RequestBody AttendanceInput in) {
		return occurrences.record(id, occurrenceId, in.marks(in.marks()));
	}
}
