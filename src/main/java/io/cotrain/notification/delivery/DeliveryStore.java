package io.cotrain.notification.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.tenancy.TenantScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the delivery worker; every statement runs in the caller's tenant scope (row security). */
@Repository
class DeliveryStore {

	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	DeliveryStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Leases due deliveries: pending ones whose time has come and sending ones whose lease has run out (their worker
	 * died). {@code SKIP LOCKED} lets workers claiming at the same moment take disjoint rows.
	 */
	List<UUID> claim(String owner, Instant now, Instant leaseUntil, int limit) {
		return jdbc.sql("""
				update notification_delivery set status = 'SENDING', lease_owner = :owner, lease_until = :until, updated_at = :now
				where id in (select id from notification_delivery
				             where (status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and lease_until < :now)
				             order by next_attempt_at limit :limit for update skip locked)
				returning id""")
			.param("owner", owner).param("until", Timestamp.from(leaseUntil)).param("now", Timestamp.from(now)).param("limit", limit)
			.query(UUID.class).list();
	}

	/** A delivery this owner still holds, locked for the rest of the transaction. */
	Optional<Leased> lock(UUID id, String owner) {
		return jdbc.sql("""
				select d.id, d.channel, d.attempts, n.id as notice_id, n.template_key, n.params::text as params,
				       n.recipient_account_id, n.recipient_employee_id, n.link, n.mandatory
				from notification_delivery d join notification_notice n on n.id = d.notice_id
				where d.id = :id and d.status = 'SENDING' and d.lease_owner = :owner
				for update of d""")
			.param("id", id).param("owner", owner)
			.query((rs, n) -> new Leased(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")), rs.getInt("attempts"),
					rs.getObject("notice_id", UUID.class), rs.getString("template_key"), json.readValue(rs.getString("params"), PARAMS),
					rs.getObject("recipient_account_id", UUID.class), rs.getObject("recipient_employee_id", UUID.class),
					rs.getString("link"), rs.getBoolean("mandatory")))
			.optional();
	}

	/** Ends a delivery (or puts it back to pending) and releases the lease. */
	void update(UUID id, DeliveryStatus status, int attempts, Instant nextAttemptAt, String providerMessageId, String error, Instant now) {
		jdbc.sql("""
				update notification_delivery set status = :status, attempts = :attempts, next_attempt_at = coalesce(:next, next_attempt_at),
				       provider_message_id = coalesce(:provider, provider_message_id), last_error = :error,
				       lease_owner = null, lease_until = null, updated_at = :now
				where id = :id""")
			.param("id", id).param("status", status.name()).param("attempts", attempts)
			.param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt)).param("provider", providerMessageId)
			.param("error", truncate(error)).param("now", Timestamp.from(now)).update();
	}

	void logAttempt(UUID delivery, Channel channel, Instant at, String outcome, String providerMessageId, String detail) {
		jdbc.sql("""
				insert into notification_attempt (id, tenant_id, delivery_id, channel, attempted_at, outcome, provider_message_id, detail)
				values (:id, :tenant, :delivery, :channel, :at, :outcome, :provider, :detail)""")
			.param("id", UUID.randomUUID()).param("tenant", TenantScope.require().tenant().value()).param("delivery", delivery)
			.param("channel", channel.name()).param("at", Timestamp.from(at)).param("outcome", outcome)
			.param("provider", providerMessageId).param("detail", truncate(detail)).update();
	}

	/** A provider's receipt for a message it accepted: marks the delivery delivered or failed. */
	int receipt(String providerMessageId, DeliveryStatus status, String error, Instant now) {
		return jdbc.sql("""
				update notification_delivery set status = :status, last_error = coalesce(:error, last_error), updated_at = :now
				where provider_message_id = :provider and status in ('SENT', 'DELIVERED')""")
			.param("status", status.name()).param("error", truncate(error)).param("provider", providerMessageId)
			.param("now", Timestamp.from(now)).update();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	record Leased(UUID id, Channel channel, int attempts, UUID noticeId, String templateKey, Map<String, String> params,
			UUID accountId, UUID employeeId, String link, boolean mandatory) {
	}
}
