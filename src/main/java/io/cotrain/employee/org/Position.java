package io.cotrain.employee.org;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.PositionId;
import io.cotrain.employee.PositionView;
import io.cotrain.employee.RoleType;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A position of the tenant's position system; its grade orders promotions. */
@Entity
@Table(name = "job_position")
class Position extends TenantOwned {

	@Id
	private UUID id;
	private String code;
	private String name;
	private String nameEn;
	@Enumerated(EnumType.STRING)
	private RoleType roleType;
	private int grade;
	private Instant createdAt;
	@Version
	private Long version;

	protected Position() {
	}

	Position(String code, String name, String nameEn, RoleType roleType, int grade, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.createdAt = now;
		change(name, nameEn, roleType, grade);
	}

	final void change(String name, String nameEn, RoleType roleType, int grade) {
		this.name = name;
		this.nameEn = nameEn;
		this.roleType = roleType;
		this.grade = grade;
	}

	String code() {
		return code;
	}

	PositionView view() {
		return new PositionView(new PositionId(id), code, name, nameEn, roleType, grade);
	}
}
