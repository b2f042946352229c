package io.cotrain.competency.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cotrain.competency.Scenarios;
import io.cotrain.competency.Scenarios.NeedReport;
import io.cotrain.competency.Scenarios.Scenario;
import io.cotrain.competency.Scenarios.ScenarioForm;
import io.cotrain.employee.PositionId;
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

@Tag(name = "Work scenarios", description = "Work scenarios and their need analysis")
@RestController
class ScenarioApiController {

	private final Scenarios scenarios;

	ScenarioApiController(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	record ScenarioInput(String code, String nameZh, String nameEn, String description, List<UUID> positionIds, List<UUID> kpiIds) {

		ScenarioForm form() {
			return new ScenarioForm(code, nameZh, nameEn, description,
					positionIds == null ? null : positionIds.stream().map(p -> p == null ? null : new PositionId(p)).toList(), kpiIds);
		}
	}

	@GetMapping("/api/v1/scenarios")
	@PreAuthorize(Access.READ)
	List<Scenario> list() {
		return scenarios.list();
	}

	@GetMapping("/api/v1/scenarios/{id}")
	@PreAuthorize(Access.READ)
	Scenario get(@PathVariable UUID id) {
		return scenarios.get(id);
	}

	@PostMapping("/api/v1/scenarios")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.WRITE)
	Scenario create(@RequestBody ScenarioInput in) {
		return scenarios.create(in.form());
	}

	@PutMapping("/api/v1/scenarios/{id}")
	@PreAuthorize(Access.WRITE)
	Scenario update(@PathVariable UUID id, @RequestBody ScenarioInput in) {
		return scenarios.update(id, in.form());
	}

	record NeedInput(String jointGoal) {
	}

	@Operation(summary = "Save the scenario's training need: the joint goal (blank: the proposed one) and the analysis as its snapshot")
	@PostMapping("/api/v1/scenarios/{id}/needs")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.WRITE)
	Scenarios.SavedNeed saveNeed(@PathVariable UUID id, @RequestBody(required = false) NeedInput in, Locale locale) {
		return scenarios.saveNeed(id, in == null ? null : in.jointGoal(), locale);
	}

	@Operation(summary = "The scenario's saved training needs, newest first")
	@GetMapping("/api/v1/scenarios/{id}/needs")
	@PreAuthorize(Access.READ)
	List<Scenarios.SavedNeed> needs(@PathVariable UUID id) {
		return scenarios.needs(id);
	}

	@Operation(summary = "Per role (CLERK, CADRE) the ranked competency gaps (NeedAnalysis) and a proposed joint goal")
	@GetMapping("/api/v1/scenarios/{id}/need-analysis")
	@PreAuthorize(Access.READ)
	NeedReport needAnalysis(@PathVariable UUID id, Locale locale) {
		return scenarios.needAnalysis(id, locale);
	}
}
