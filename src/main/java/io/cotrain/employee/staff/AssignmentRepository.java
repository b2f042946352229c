package io.cotrain.employee.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security shows the assignments of visible employees and accepts new ones only in the scope's regions. */
interface AssignmentRepository extends JpaRepository<EmployeeAssignment, UUID> {

	List<EmployeeAssignment> findByEmployeeIdOrderByEffectiveFromAscSeqAsc(UUID employeeId);
}
