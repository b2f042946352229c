package io.cotrain.employee.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.employee.EmployeeStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Row-level security limits every query to the scope's tenant and regions. */
interface EmployeeRepository extends JpaRepository<Employee, UUID> {

	Optional<Employee> findByEmployeeNo(String employeeNo);

	Optional<Employee> findByTerminalPin(String terminalPin);

	/** Many at once (imports read the employees a file names in a few queries, not one per row). */
	List<Employee> findByEmployeeNoIn(Collection<String> employeeNos);

	List<Employee> findByTerminalPinIn(Collection<String> terminalPins);

	/**
	 * Many by id, as one query string that Hibernate translates once ({@code findAllById} builds a criteria query that is
	 * translated again on every call).
	 */
	@Query("select e from Employee e where e.id in :ids")
	List<Employee> findByIds(@Param("ids") Collection<UUID> ids);

	List<Employee> findByManagerIdAndStatusOrderByEmployeeNo(UUID managerId, EmployeeStatus status);

	List<Employee> findByStatusAndPositionIdInOrderByEmployeeNo(EmployeeStatus status, Collection<UUID> positionIds);

	List<Employee> findByStatusAndNextChangeOnNotNull(EmployeeStatus status);
}
