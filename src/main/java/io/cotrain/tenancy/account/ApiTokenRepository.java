package io.cotrain.tenancy.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);

	long countByRevokedAtIsNull();
}
