package io.cotrain.competency.web;

import java.util.List;
import java.util.UUID;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.CompetencyModel.Assessment;
import io.cotrain.competency.CompetencyModel.AssessmentForm;
import io.cotrain.competency.CompetencyModel.Competency;
import io.cotrain.competency.CompetencyModel.CompetencyForm;
import io.cotrain.competency.CompetencyModel.RequiredLevel;
import io.cotrain.competency.CompetencyModel.Requirement;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.PositionId;
import io.cotrain.shared.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Competencies", description = "Competency model, position requirements and assessments")
@RestController
class CompetencyApiController {

	private final CompetencyModel model;

	CompetencyApiController(CompetencyModel model) {
		this.model = model;
	}

	record AssessmentInput(UUID employeeId, UUID competencyId, Integer level, java.time.LocalDate assessedOn,
			CompetencyModel.Source source, String assessor) {
	}

	record RequirementsInput(UUID positionId, List<RequiredLevel> requirements) {
	}

	@GetMapping("/api/v1/competencies")
	@PreAuthorize(Access.READ)
	List<Competency> list() {
		return model.competencies();
	}

	@GetMapping("/api/v1/competencies/{id}")
	@PreAuthorize(Access.READ)
	Competency get(@PathVariable UUID id) {
		return model.competency(id);
	}

	@PostMapping("/api/v1/competencies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.WRITE)
	Competency create(@RequestBody CompetencyForm in) {
		return model.create(in);
	}

	@PutMapping("/api/v1/competencies/{id}")
	@PreAuthorize(Access.WRITE)
	Competency update(@PathVariable UUID id, @RequestBody CompetencyForm in) {
		return model.update(id, in);
	}

	@Operation(summary = "Required levels of a position (of every position without positionId)")
	@GetMapping("/api/v1/competency-requirements")
	@PreAuthorize(Access.READ)
	List<Requirement> requirements(@RequestParam(required = false) UUID positionId) {
		return model.requirements(positionId == null ? null : new PositionId(positionId));
	}

	@Operation(summary = "Replace the required levels of a position: {positionId, requirements: [{competencyId, requiredLevel}]}")
	@PutMapping("/api/v1/competency-requirements")
	@PreAuthorize(Access.WRITE)
	List<Requirement> setRequirements(@RequestBody RequirementsInput in) {
		if (in.positionId() == null) {
			throw RuleViolationException.of("positionId", "validation.selection");
		}
		return model.setRequirements(new PositionId(in.positionId()), in.requirements());
	}

	@Operation(summary = "Assessments of an employee (without employeeId: of every employee the caller sees — a region admin those of their regions), newest first")
	@GetMapping("/api/v1/assessments")
	@PreAuthorize(Access.READ)
	List<Assessment> assessments(@RequestParam(required = false) UUID employeeId) {
		return model.assessments(employeeId == null ? null : new EmployeeId(employeeId));
	}

	@PostMapping("/api/v1/assessments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.RECORD)
	Assessment assess(@RequestBody AssessmentInput in) {
		return model.assess(new AssessmentForm(in.employeeId() == null ? null : new EmployeeId(in.employeeId()), in.competencyId(),
				in.level(), in.assessedOn(), in.source(), in.assessor()));
	}
}
