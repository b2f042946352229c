package io.cotrain.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's view of the tenant's deliveries (newest first, filtered by status and channel) and the retry of failed ones. */
@Service
public class DeliveryLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	DeliveryLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @param status or null for all; @param channel or null for all */
	@Transactional(readOnly = true)
	public Page page(DeliveryStatus status, Channel channel, int page, int size) {
		String where = " where (cast(:status as varchar) is null or d.status = :status) and (cast(:channel as varchar) is null or d.channel = :channel)";
		String statusName = status == null ? null : status.name();
		String channelName = channel == null ? null : channel.name();
		long total = jdbc.sql("select count(*) from notification_delivery d" + where).param("status", statusName)
			.param("channel", channelName).query(Long.class).single();
		List<Entry> entries = jdbc.sql("""
				select d.id, d.channel, d.status, d.attempts, d.next_attempt_at, d.last_error, d.provider_message_id, d.created_at,
				       n.template_key, n.recipient_account_id, n.recipient_employee_id
				from notification_delivery d join notification_notice n on n.id = d.notice_id""" + where
				+ " order by d.created_at desc, d.id limit :size offset :offset")
			.param("status", statusName).param("channel", channelName).param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
					DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
					rs.getString("last_error"), rs.getString("provider_message_id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("template_key"), rs.getObject("recipient_account_id", UUID.class),
					rs.getObject("recipient_employee_id", UUID.class)))
			.list();
		return new Page(entries, total, page, size, (int) ((total + size - 1) / size));
	}

	/**
	 * Every attempt at one delivery, oldest first: when, the outcome, the provider's message id and the reason.
	 *
	 * @throws NotFoundException when the tenant has no such delivery
	 */
	@Transactional(readOnly = true)
	public List<AttemptEntry> attempts(UUID delivery) {
		if (jdbc.sql("select count(*) from notification_delivery where id = :id").param("id", delivery).query(Long.class).single() == 0) {
			throw new NotFoundException("delivery", delivery);
		}
		return jdbc.sql("""
				select attempted_at, outcome, provider_message_id, detail from notification_attempt
				where delivery_id = :id order by attempted_at, id""")
			.param("id", delivery)
			.query((rs, n) -> new AttemptEntry(rs.getTimestamp("attempted_at").toInstant(), rs.getString("outcome"),
					rs.getString("provider_message_id"), Reason.of(rs.getString("detail"))))
			.list();
	}

	/** One attempt: {@code outcome} is SENT, RETRY or FAILED. */
	public record AttemptEntry(Instant at, String outcome, String providerMessageId, Reason reason) {
	}

	/**
	 * Puts a failed delivery back to pending with a fresh count of attempts.
	 *
	 * @throws NotFoundException when the tenant has no such delivery
	 * @throws RuleViolationException when it has not failed
	 */
	@Transactional
	public void retry(UUID id) {
		String status = jdbc.sql("select status from notification_delivery where id = :id for update").param("id", id)
			.query(String.class).optional().orElseThrow(() -> new NotFoundException("delivery", id));
		if (!DeliveryStatus.FAILED.name().equals(status)) {
			throw RuleViolationException.of(null, "notification.delivery.retryOnlyFailed");
		}
		jdbc.sql("""
				update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now, last_error = null,
				       updated_at = :now where id = :id""")
			.param("id", id).param("now", Timestamp.from(clock.instant())).update();
	}

	/**
	 * @param lastError a message key ({@code notification.error.*}), optionally followed by {@code ": "} and a detail
	 */
	public record Entry(UUID id, Channel channel, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
			String providerMessageId, Instant createdAt, String templateKey, UUID accountId, UUID employeeId) {

		/** The message key of the reason, when the error starts with one. */
		public String reasonKey() {
			return Reason.of(lastError).key();
		}

		/** What follows the reason's key, or the whole error when it has no key. */
		public String detail() {
			return Reason.of(lastError).detail();
		}

		public boolean isFailed() {
			return status == DeliveryStatus.FAILED;
		}
	}

	public record Page(List<Entry> content, long totalElements, int page, int size, int totalPages) {
	}
}
