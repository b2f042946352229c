package io.cotrain.employee.tag;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.employee.TagId;
import io.cotrain.employee.TagType;
import io.cotrain.employee.TagView;
import io.cotrain.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A typed employee tag; employees hold tags by id. */
@Entity
@Table(name = "tag")
class Tag extends TenantOwned {

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	private TagType type;
	private String name;
	private Instant createdAt;
	@Version
	private Long version;

	protected Tag() {
	}

	Tag(TagType type, String name, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(type, name);
	}

	final void change(TagType type, String name) {
		this.type = type;
		this.name = name;
	}

	TagView view() {
		return new TagView(new TagId(id), type, name);
	}
}
