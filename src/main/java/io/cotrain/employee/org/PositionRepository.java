package io.cotrain.employee.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to the scope's tenant. */
interface PositionRepository extends JpaRepository<Position, UUID> {

	List<Position> findAllByOrderByGradeAscCodeAsc();

	boolean existsByCode(String code);

	Optional<Position> findByCode(String code);
}
