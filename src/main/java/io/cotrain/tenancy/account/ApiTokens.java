package io.cotrain.tenancy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AccountId;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.TenantInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code ctp_<tenantcode>_<40 hex>}. The tenant code lets the token be checked in its
 * tenant's scope; the secret is shown once and only its hash is kept.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "ctp_";
	private static final int MAX_DAYS = 366;
	private static final int DEFAULT_DAYS = 90;

	private final ApiTokenRepository tokens;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public record Issued(TokenView token, String secret) {
	}

	public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** Tenant code named by a raw token, or empty when it is not one of ours. */
	public static Optional<String> tenantCodeOf(String raw) {
		if (raw == null || !raw.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int sep = raw.indexOf('_', PREFIX.length());
		return sep < 0 ? Optional.empty() : Optional.of(raw.substring(PREFIX.length(), sep));
	}

	@Transactional
	public Issued issue(AccountId owner, TenantInfo tenant, String name, Integer validDays) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw RuleViolationException.of("name", "validation.required");
		}
		if (validDays != null && (validDays < 1 || validDays > MAX_DAYS)) {
			throw RuleViolationException.of("validDays", "validation.token.days", 1, MAX_DAYS);
		}
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		String raw = PREFIX + tenant.code() + "_" + HexFormat.of().formatHex(secret);
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(validDays == null ? DEFAULT_DAYS : validDays));
		ApiToken token = tokens.save(new ApiToken(owner.value(), trimmed, hash(raw), raw.substring(0, raw.length() - 36), now, expires));
		audit.record("API_TOKEN_CREATED", "api_token", token.id(), Map.of("name", trimmed));
		return new Issued(view(token), raw);
	}

	@Transactional(readOnly = true)
	public List<TokenView> of(AccountId owner) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(owner.value()).stream().map(ApiTokens::view).toList();
	}

	@Transactional
	public void revoke(AccountId owner, UUID tokenId) {
		ApiToken token = tokens.findByIdAndAccountId(tokenId, owner.value())
			.orElseThrow(() -> new NotFoundException("api_token", tokenId));
		token.revoke(clock.instant());
		audit.record("API_TOKEN_REVOKED", "api_token", tokenId, Map.of("name", token.name()));
	}

	@Transactional(readOnly = true)
	public long activeCount() {
		return tokens.countByRevokedAtIsNull();
	}

	/**
	 * Records that a token was used at {@code now}, when its last recorded use ({@code lastUsed}, null: never) is more
	 * than a minute old: one conditional update, so parallel calls with one token never conflict and most calls write
	 * nothing. Call in the scope of the token's tenant.
	 */
	public void used(UUID tokenId, Instant lastUsed, Instant now) {
		if (lastUsed != null && lastUsed.isAfter(now.minusSeconds(60))) {
			return;
		}
		jdbc.sql("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :before)")
			.param("now", Timestamp.from(now)).param("before", Timestamp.from(now.minusSeconds(60))).param("id", tokenId)
			.update();
	}

	private static TokenView view(ApiToken t) {
		return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
	}

	/** How a token is stored and looked up: the SHA-256 of its secret, in hex. */
	public static String hash(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
