package io.cotrain.employee.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to the scope's tenant (and tenant-wide or visible-region units). */
interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID> {

	List<OrgUnit> findAllByOrderByCode();

	boolean existsByCode(String code);

	Optional<OrgUnit> findByCode(String code);
}
