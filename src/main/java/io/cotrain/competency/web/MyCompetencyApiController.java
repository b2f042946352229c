package io.cotrain.competency.web;

import java.util.List;

import io.cotrain.competency.CompetencyModel;
import io.cotrain.competency.Performance;
import io.cotrain.employee.EmployeeId;
import io.cotrain.tenancy.Accounts;
import io.cotrain.tenancy.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employee's own assessments and KPI records (empty for an account without an employee). */
@Tag(name = "Competencies")
@RestController
class MyCompetencyApiController {

	private static final String ANY_USER = "hasAnyRole('EMPLOYEE','MENTOR','HR_ADMIN','REGION_ADMIN','AUDITOR')";

	private final CompetencyModel model;
	private final Performance performance;
	private final Accounts accounts;

	MyCompetencyApiController(CompetencyModel model, Performance performance, Accounts accounts) {
		this.model = model;
		this.performance = performance;
		this.accounts = accounts;
	}

	@Operation(summary = "The caller's own assessments, newest first")
	@GetMapping("/api/v1/me/assessments")
	@PreAuthorize(ANY_USER)
	List<CompetencyModel.Assessment> assessments() {
		CurrentUser user = accounts.requireCurrent();
		return user.employeeId() == null ? List.of() : model.assessments(new EmployeeId(user.employeeId()));
	}

	@Operation(summary = "The caller's own KPI records, newest month first")
	@GetMapping("/api/v1/me/kpi-records")
	@PreAuthorize(ANY_USER)
	List<Performance.KpiRecord> kpiRecords() {
		CurrentUser user = accounts.requireCurrent();
		return user.employeeId() == null ? List.of() : performance.records(new EmployeeId(user.employeeId()));
	}
}
