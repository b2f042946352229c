package io.cotrain.tenancy.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to the current scope's tenant and regions. */
interface RegionRepository extends JpaRepository<Region, UUID> {

	List<Region> findAllByOrderByCode();

	Optional<Region> findByCode(String code);

	boolean existsByCode(String code);
}
