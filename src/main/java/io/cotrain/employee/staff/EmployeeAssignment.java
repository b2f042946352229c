package io.cotrain.employee.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.PositionId;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;

import org.springframework.data.domain.Persistable;

/**
 * One recorded change of an employee's region, org unit, position or manager; written once, never changed (so
 * Hibernate never compares it for changes when it flushes).
 */
@Entity
@Immutable
@Table(name = "employee_assignment")
class EmployeeAssignment extends TenantOwned implements Persistable<UUID> {

	@Id
	private UUID id;
	private UUID employeeId;
	private LocalDate effectiveFrom;
	private UUID regionId;
	private UUID orgUnitId;
	private UUID positionId;
	private UUID managerId;
	private Instant recordedAt;
	private String recordedBy;
	@Column(insertable = false, updatable = false)
	private Long seq;
	@Transient
	private boolean stored;

	protected EmployeeAssignment() {
	}

	EmployeeAssignment(EmployeeId employee, Assignment a, Instant recordedAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.employeeId = employee.value();
		this.effectiveFrom = a.effectiveFrom();
		this.regionId = a.region().value();
		this.orgUnitId = a.orgUnit() == null ? null : a.orgUnit().value();
		this.positionId = a.position().value();
		this.managerId = a.manager() == null ? null : a.manager().value();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	Assignment value() {
		return new Assignment(effectiveFrom, new RegionId(regionId), orgUnitId == null ? null : new OrgUnitId(orgUnitId),
				new PositionId(positionId), managerId == null ? null : new EmployeeId(managerId));
	}

	UUID employeeId() {
		return employeeId;
	}

	LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String recordedBy() {
		return recordedBy;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		stored = true;
	}
}
