package io.cotrain.competency.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cotrain.competency.Performance;
import io.cotrain.competency.Performance.Kpi;
import io.cotrain.competency.Performance.KpiForm;
import io.cotrain.competency.Performance.KpiRecord;
import io.cotrain.competency.Performance.KpiRecordForm;
import io.cotrain.employee.EmployeeId;
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

@Tag(name = "KPIs", description = "KPI definitions and monthly KPI records")
@RestController
class PerformanceApiController {

	private final Performance performance;

	PerformanceApiController(Performance performance) {
		this.performance = performance;
	}

	record RecordInput(UUID employeeId, UUID kpiId, LocalDate month, BigDecimal value) {
	}

	@GetMapping("/api/v1/kpis")
	@PreAuthorize(Access.READ)
	List<Kpi> list() {
		return performance.kpis();
	}

	@GetMapping("/api/v1/kpis/{id}")
	@PreAuthorize(Access.READ)
	Kpi get(@PathVariable UUID id) {
		return performance.kpi(id);
	}

	@PostMapping("/api/v1/kpis")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.WRITE)
	Kpi create(@RequestBody KpiForm in) {
		return performance.create(in);
	}

	@PutMapping("/api/v1/kpis/{id}")
	@PreAuthorize(Access.WRITE)
	Kpi update(@PathVariable UUID id, @RequestBody KpiForm in) {
		return performance.update(id, in);
	}

	@Operation(summary = "KPI records of an employee (without employeeId: of every employee the caller sees — a region admin those of their regions), newest month first")
	@GetMapping("/api/v1/kpi-records")
	@PreAuthorize(Access.READ)
	List<KpiRecord> records(@RequestParam(required = false) UUID employeeId) {
		return performance.records(employeeId == null ? null : new EmployeeId(employeeId));
	}

	@Operation(summary = "Record an employee's KPI value for a month (replaces that month's value)")
	@PostMapping("/api/v1/kpi-records")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Access.RECORD)
	KpiRecord record(@RequestBody RecordInput in) {
		return performance.record(new KpiRecordForm(in.employeeId() == null ? null : new EmployeeId(in.employeeId()), in.kpiId(),
				in.month(), in.value()));
	}
}
