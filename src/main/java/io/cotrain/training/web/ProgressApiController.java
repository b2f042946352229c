package io.cotrain.training.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cotrain.training.Progress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning progress over the API: a learner's own programmes, courses and unit actions (the mobile page uses the same
 * service), a mentor's groups, and HR's view of a programme's groups.
 */
@Tag(name = "Learning progress", description = "My training, earned progress, mentees and programme progress")
@RestController
class ProgressApiController {

	/**
	 * Any account of a tenant: the data is always the caller's own (through the employee linked to the login), so an HR
	 * admin or mentor who also learns in a programme sees it, and anyone else gets an empty list or 404.
	 */
	static final String LEARNER = "hasAnyRole('EMPLOYEE','MENTOR','HR_ADMIN','REGION_ADMIN','AUDITOR')";
	static final String MENTOR = LEARNER;

	private final Progress progress;

	ProgressApiController(Progress progress) {
		this.progress = progress;
	}

	record QuizAnswers(Map<UUID, List<Integer>> answers) {
	}

	@Operation(summary = "The caller's programmes: own path, group partners' progress side by side, mentors")
	@GetMapping("/api/v1/me/training")
	@PreAuthorize(LEARNER)
	List<Progress.LearnerView> mine() {
		return progress.mine();
	}

	@GetMapping("/api/v1/me/training/{programmeId}")
	@PreAuthorize(LEARNER)
	Progress.LearnerView mine(@PathVariable UUID programmeId) {
		return progress.mine(programmeId);
	}

	@Operation(summary = "A course of the caller's path with the caller's units")
	@GetMapping("/api/v1/me/training/{programmeId}/courses/{courseKey}")
	@PreAuthorize(LEARNER)
	Progress.CourseView course(@PathVariable UUID programmeId, @PathVariable UUID courseKey) {
		return progress.course(programmeId, courseKey);
	}

	@Operation(summary = "Opens a unit (starts its clock)")
	@PostMapping("/api/v1/me/training/{programmeId}/units/{unitKey}/open")
	@PreAuthorize(LEARNER)
	Progress.UnitState open(@PathVariable UUID programmeId, @PathVariable UUID unitKey) {
		return progress.open(programmeId, unitKey);
	}

	@Operation(summary = "Still reading: counts the time since the last heartbeat (capped); completes a document or text unit")
	@PostMapping("/api/v1/me/training/{programmeId}/units/{unitKey}/heartbeat")
	@PreAuthorize(LEARNER)
	Progress.UnitState heartbeat(@PathVariable UUID programmeId, @PathVariable UUID unitKey) {
		return progress.heartbeat(programmeId, unitKey);
	}

	@Operation(summary = "Confirms a video was watched, once its minimum time has passed since opening")
	@PostMapping("/api/v1/me/training/{programmeId}/units/{unitKey}/confirm")
	@PreAuthorize(LEARNER)
	Progress.UnitState confirm(@PathVariable UUID programmeId, @PathVariable UUID unitKey) {
		return progress.confirm(programmeId, unitKey);
	}

	@Operation(summary = "Submits a quiz attempt: graded at once; the unit completes at its pass mark")
	@PostMapping("/api/v1/me/training/{programmeId}/units/{unitKey}/quiz")
	@PreAuthorize(LEARNER)
	Progress.QuizOutcome quiz(@PathVariable UUID programmeId, @PathVariable UUID unitKey, @RequestBody QuizAnswers body) {
		return progress.submitQuiz(programmeId, unitKey, body == null ? Map.of() : body.answers());
	}

	@Operation(summary = "The groups the caller mentors, with every member's progress")
	@GetMapping("/api/v1/me/mentees")
	@PreAuthorize(MENTOR)
	List<Progress.GroupProgress> mentees() {
		return progress.mentees();
	}

	@Operation(summary = "Every group of the programme with its members' progress")
	@GetMapping("/api/v1/programmes/{id}/progress")
	@PreAuthorize(ProgrammeApiController.READ)
	List<Progress.GroupProgress> programme(@PathVariable UUID id) {
		return progress.groups(id);
	}
}
