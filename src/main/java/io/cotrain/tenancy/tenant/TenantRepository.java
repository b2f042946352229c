package io.cotrain.tenancy.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<Tenant, UUID> {

	Optional<Tenant> findByCode(String code);

	List<Tenant> findByKindOrderByCode(Tenant.Kind kind);
}
