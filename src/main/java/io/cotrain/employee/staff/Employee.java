package io.cotrain.employee.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cotrain.employee.Assignment;
import io.cotrain.employee.EmployeeId;
import io.cotrain.employee.EmployeeStatus;
import io.cotrain.employee.EmployeeView;
import io.cotrain.employee.OrgUnitId;
import io.cotrain.employee.PositionId;
import io.cotrain.employee.RoleType;
import io.cotrain.employee.TagView;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An employee. The assignment columns hold a copy of the assignment in force (see {@link AssignmentLedger}); the
 * history itself is in {@link EmployeeAssignment}. Employees are never deleted: they leave, and on request their
 * personal data is pseudonymised.
 */
@Entity
@Table(name = "employee")
class Employee extends TenantOwned {

	@Id
	private UUID id;
	private String employeeNo;
	private String name;
	private String phone;
	private String email;
	private UUID regionId;
	private UUID orgUnitId;
	private UUID positionId;
	private UUID managerId;
	private LocalDate hireDate;
	@Enumerated(EnumType.STRING)
	private EmployeeStatus status;
	private LocalDate leftOn;
	private String terminalPin;
	private LocalDate nextChangeOn;
	private Instant erasedAt;
	private Instant createdAt;
	private Instant updatedAt;
	@Version
	private Long version;
	@ElementCollection
	@CollectionTable(name = "employee_tag", joinColumns = @JoinColumn(name = "employee_id"))
	@Column(name = "tag_id")
	private Set<UUID> tagIds = new HashSet<>();

	protected Employee() {
	}

	Employee(String employeeNo, String name, String phone, String email, LocalDate hireDate, String terminalPin, Assignment first,
			Instant now) {
		this.id = UUID.randomUUID();
		this.employeeNo = employeeNo;
		this.hireDate = hireDate;
		this.status = EmployeeStatus.ACTIVE;
		this.createdAt = now;
		changeProfile(name, phone, email, terminalPin, now);
		apply(first, null, now);
	}

	final void changeProfile(String name, String phone, String email, String terminalPin, Instant now) {
		this.name = name;
		this.phone = phone;
		this.email = email;
		this.terminalPin = terminalPin;
		this.updatedAt = now;
	}

	/** Copies the assignment in force and remembers when the next recorded one starts. */
	final void apply(Assignment current, LocalDate nextChangeOn, Instant now) {
		this.regionId = current.region().value();
		this.orgUnitId = current.orgUnit() == null ? null : current.orgUnit().value();
		this.positionId = current.position().value();
		this.managerId = current.manager() == null ? null : current.manager().value();
		this.nextChangeOn = nextChangeOn;
		this.updatedAt = now;
	}

	void leave(LocalDate leftOn, Instant now) {
		if (status == EmployeeStatus.LEFT) {
			throw new IllegalStateException("employee " + employeeNo + " has left already");
		}
		this.status = EmployeeStatus.LEFT;
		this.leftOn = leftOn;
		this.updatedAt = now;
	}

	/** Keeps ids, number, PIN and history; the name becomes a pseudonym, phone and email go. */
	void erase(String pseudonym, Instant now) {
		this.name = pseudonym;
		this.phone = null;
		this.email = null;
		this.erasedAt = now;
		this.updatedAt = now;
	}

	boolean tag(UUID tag) {
		return tagIds.add(tag);
	}

	boolean untag(UUID tag) {
		return tagIds.remove(tag);
	}

	/** Whether a recorded future assignment has started by {@code today} but is not copied here yet. */
	boolean hasDueChange(LocalDate today) {
		return nextChangeOn != null && !nextChangeOn.isAfter(today);
	}

	EmployeeId id() {
		return new EmployeeId(id);
	}

	String employeeNo() {
		return employeeNo;
	}

	String name() {
		return name;
	}

	RegionId region() {
		return new RegionId(regionId);
	}

	LocalDate hireDate() {
		return hireDate;
	}

	EmployeeStatus status() {
		return status;
	}

	String terminalPin() {
		return terminalPin;
	}

	Instant erasedAt() {
		return erasedAt;
	}

	/** The copied assignment (its date is not kept here). */
	Assignment current() {
		return new Assignment(null, region(), orgUnitId == null ? null : new OrgUnitId(orgUnitId), new PositionId(positionId),
				managerId == null ? null : new EmployeeId(managerId));
	}

	EmployeeView view(Assignment current, RoleType roleType, List<TagView> tags) {
		return new EmployeeView(id(), employeeNo, name, phone, email, current.region(), current.orgUnit(), current.position(),
				roleType, current.manager(), hireDate, status, leftOn, terminalPin, List.copyOf(tags));
	}
}
