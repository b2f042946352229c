package io.cotrain.tenancy.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Row-level security limits every query to the current scope's tenant. */
public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	Optional<Account> findByEmployeeId(UUID employeeId);

	boolean existsByUsername(String username);

	/** The enabled HR admins of the tenant, locked for update until the transaction ends. */
	@Query(value = "select * from account where enabled and 'HR_ADMIN' = any(roles) for update", nativeQuery = true)
	List<Account> lockActiveHrAdmins();
}
