package io.cotrain.tenancy.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query to the current scope's tenant. */
public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	Optional<Account> findByEmployeeId(UUID employeeId);

	boolean existsByUsername(String username);
}
