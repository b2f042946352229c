package io.cotrain.employee;

import java.util.List;
import java.util.Optional;

/** The tenant's typed employee tags; a name is unique per type. Assigning tags is {@link EmployeeRegistry}'s. */
public interface Tags {

	/** By type, then name. */
	List<TagView> list();

	/** @throws io.cotrain.shared.NotFoundException when unknown */
	TagView get(TagId id);

	Optional<TagView> find(TagType type, String name);

	TagView create(TagType type, String name);

	TagView update(TagId id, TagType type, String name);

	/** Removes the tag from every employee, too. */
	void delete(TagId id);
}
