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

	/**
	 * A provider's receipt for a message it accepted: marks the delivery with that provider message id delivered or
	 * failed. A receipt that finds no delivery yet (the provider answered before the worker committed the id) is kept
	 * and applied by {@link #applyEarlyReceipts}. SMSCs write the id of a receipt in decimal or hex regardless of the
	 * form they gave when accepting, so both forms are tried.
	 */
	int receipt(String providerMessageId, DeliveryStatus status, String error, Instant now) {
		int updated = jdbc.sql("""
				update notification_delivery set status = :status, last_error = coalesce(:error, last_error), updated_at = :now
				where provider_message_id in (:ids) and status in ('SENT', 'DELIVERED')""")
			.param("status", status.name()).param("error", truncate(error)).param("ids", idForms(providerMessageId))
			.param("now", Timestamp.from(now)).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into notification_receipt (id, tenant_id, provider_message_id, status, error, received_at)
					values (:id, :tenant, :provider, :status, :error, :now)""")
				.param("id", UUID.randomUUID()).param("tenant", TenantScope.require().tenant().value())
				.param("provider", providerMessageId).param("status", status.name()).param("error", truncate(error))
				.param("now", Timestamp.from(now)).update();
		}
		return updated;
	}

	/**
	 * Applies kept receipts whose delivery now has its provider message id, and forgets those older than
	 * {@code forgetBefore} that never found one (receipts of the earlier parts of a long SMS, of test messages).
	 */
	int applyEarlyReceipts(Instant now, Instant forgetBefore) {
		List<EarlyReceipt> kept = jdbc.sql("select id, provider_message_id, status, error, received_at from notification_receipt order by received_at")
			.query((rs, n) -> new EarlyReceipt(rs.getObject("id", UUID.class), rs.getString("provider_message_id"),
					DeliveryStatus.valueOf(rs.getString("status")), rs.getString("error"), rs.getTimestamp("received_at").toInstant()))
			.list();
		int applied = 0;
		for (EarlyReceipt receipt : kept) {
			int updated = jdbc.sql("""
					update notification_delivery set status = :status, last_error = coalesce(:error, last_error), updated_at = :now
					where provider_message_id in (:ids) and status in ('SENT', 'DELIVERED')""")
				.param("status", receipt.status().name()).param("error", receipt.error()).param("ids", idForms(receipt.providerMessageId()))
				.param("now", Timestamp.from(now)).update();
			if (updated > 0 || receipt.receivedAt().isBefore(forgetBefore)) {
				jdbc.sql("delete from notification_receipt where id = :id").param("id", receipt.id()).update();
			}
			applied += updated;
		}
		return applied;
	}

	/** The id as given, and its decimal ↔ hex twin when it reads as a number. */
	static List<String> idForms(String id) {
		List<String> forms = new java.util.ArrayList<>(List.of(id));
		String trimmed = id.strip();
		try {
			if (trimmed.matches("[0-9]{1,18}")) {
				String hex = Long.toHexString(Long.parseLong(trimmed));
				forms.add(hex);
				forms.add(hex.toUpperCase(java.util.Locale.ROOT));
			}
			if (trimmed.matches("[0-9A-Fa-f]{1,15}")) {
				forms.add(Long.toString(Long.parseLong(trimmed, 16)));
			}
		}
		catch (NumberFormatException e) {
			// not a number in that base: only the id as given
		}
		return forms.stream().distinct().toList();
	}

	private record EarlyReceipt(UUID id, String providerMessageId, DeliveryStatus status, String error, Instant receivedAt) {
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	record Leased(UUID id, Channel channel, int attempts, UUID noticeId, String templateKey, Map<String, String> params,
			UUID accountId, UUID employeeId, String link, boolean mandatory) {
	}
}
