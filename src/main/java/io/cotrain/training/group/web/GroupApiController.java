package io.cotrain.training.group.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.cotrain.employee.EmployeeId;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.training.group.GroupPlan;
import io.cotrain.training.group.GroupView;
import io.cotrain.training.group.Groups;
import io.cotrain.training.group.Proposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collaboration groups of a programme: the pairing proposal (HR), saving it or HR's own list, adjustments, and the
 * groups (HR; region admins read the groups with a member in their regions).
 */
@Tag(name = "Collaboration groups", description = "Pairing clerks and cadres into collaboration groups with dual mentors")
@RestController
class GroupApiController {

	static final String HR = "hasRole('HR_ADMIN')";
	static final String READ = "hasAnyRole('HR_ADMIN','REGION_ADMIN')";

	private final Groups groups;

	GroupApiController(Groups groups) {
		this.groups = groups;
	}

	@Operation(summary = "Proposed groups (not saved): optimal pairing by score, mentors, reasons, and who is left out and why")
	@GetMapping("/api/v1/programmes/{id}/pairing")
	@PreAuthorize(HR)
	Proposal proposal(@PathVariable UUID id) {
		return groups.propose(id);
	}

	@Operation(summary = "Save groups: without a body (or without groups) the current proposal, else the given groups, checked "
			+ "against the same rules; answers all groups of the programme")
	@PostMapping("/api/v1/programmes/{id}/pairing")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(HR)
	List<GroupView> save(@PathVariable UUID id, @RequestBody(required = false) PairingInput in) {
		return in == null || in.groups() == null ? groups.save(id) : groups.save(id, in.plans());
	}

	@Operation(summary = "The programme's groups with members, mentors, scores and reasons")
	@GetMapping("/api/v1/programmes/{id}/groups")
	@PreAuthorize(READ)
	List<GroupView> list(@PathVariable UUID id) {
		return groups.list(id);
	}

	@Operation(summary = "Adjust a group: MOVE_CLERK (clerkId) into this group, or CHANGE_MENTOR (menteeId, mentorId; null: none)")
	@PutMapping("/api/v1/programmes/{id}/groups/{groupId}")
	@PreAuthorize(HR)
	GroupView adjust(@PathVariable UUID id, @PathVariable UUID groupId, @RequestBody GroupChange change) {
		return switch (change.action() == null ? "" : change.action()) {
			case "MOVE_CLERK" -> groups.moveClerk(id, groupId, id(change.clerkId()));
			case "CHANGE_MENTOR" -> groups.changeMentor(id, groupId, id(change.menteeId()), id(change.mentorId()));
			default -> {
				groups.list(id);
				throw RuleViolationException.of("action", "training.group.unknownAction");
			}
		};
	}

	record PairingInput(List<GroupInput> groups) {

		List<GroupPlan> plans() {
			return groups.stream().map(g -> g == null ? new GroupPlan(null, null, List.of()) : g.plan()).toList();
		}
	}

	record GroupInput(UUID cadreId, UUID cadreMentorId, List<ClerkInput> clerks) {

		GroupPlan plan() {
			return new GroupPlan(id(cadreId), id(cadreMentorId), clerks == null ? List.of()
					: clerks.stream().map(c -> Objects.requireNonNullElse(c, new ClerkInput(null, null)))
						.map(c -> new GroupPlan.ClerkPlan(id(c.clerkId()), id(c.mentorId()))).toList());
		}
	}

	record ClerkInput(UUID clerkId, UUID mentorId) {
	}

	/** @param action MOVE_CLERK or CHANGE_MENTOR */
	record GroupChange(String action, UUID clerkId, UUID menteeId, UUID mentorId) {
	}

	private static EmployeeId id(UUID id) {
		return id == null ? null : new EmployeeId(id);
	}
}
