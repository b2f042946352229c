package io.cotrain.employee.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Row-level security shows the assignments of visible employees and accepts new ones only in the scope's regions. */
interface AssignmentRepository extends JpaRepository<EmployeeAssignment, UUID> {

	List<EmployeeAssignment> findByEmployeeIdOrderByEffectiveFromAscSeqAsc(UUID employeeId);

	/** The histories of many employees in one query (imports), oldest first per employee. */
	List<EmployeeAssignment> findByEmployeeIdInOrderByEffectiveFromAscSeqAsc(Collection<UUID> employeeIds);

	/** The effective dates of many employees' assignments in one query (exports), oldest first per employee. */
	@Query("select a.employeeId as employeeId, a.effectiveFrom as effectiveFrom from EmployeeAssignment a "
			+ "where a.employeeId in :employeeIds order by a.effectiveFrom, a.seq")
	List<EffectiveDate> effectiveDates(@Param("employeeIds") Collection<UUID> employeeIds);

	interface EffectiveDate {
		UUID getEmployeeId();

		LocalDate getEffectiveFrom();
	}
}
