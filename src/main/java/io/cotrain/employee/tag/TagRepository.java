package io.cotrain.employee.tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.employee.TagType;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to the scope's tenant. */
interface TagRepository extends JpaRepository<Tag, UUID> {

	List<Tag> findAllByOrderByTypeAscNameAsc();

	Optional<Tag> findByTypeAndName(TagType type, String name);
}
