package io.cotrain.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.Notice;
import io.cotrain.notification.NotificationRequested;
import io.cotrain.notification.NotificationSettings;
import io.cotrain.notification.Notifications;
import io.cotrain.notification.Recipient;
import io.cotrain.notification.delivery.DeliveryWorker;
import io.cotrain.notification.template.Templates;
import io.cotrain.tenancy.TenantScope;
import io.cotrain.tenancy.TenantSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox: notices and their deliveries are rows written in the caller's transaction; the worker is woken after the
 * commit (and its poller finds them anyway). A dedupe key is serialised per tenant by a transaction-scoped advisory
 * lock, so two transactions sending the same key at once write one notice: the second waits for the first to end and
 * then sees its row.
 */
@Service
class NoticeOutbox implements Notifications {

	private final JdbcClient jdbc;
	private final Templates templates;
	private final TenantSettings settings;
	private final DeliveryWorker worker;
	private final JsonMapper json;
	private final Clock clock;

	NoticeOutbox(JdbcClient jdbc, Templates templates, TenantSettings settings, DeliveryWorker worker, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.settings = settings;
		this.worker = worker;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<UUID> send(Notice notice) {
		if (templates.declared(notice.templateKey()).isEmpty()) {
			throw new IllegalArgumentException("undeclared notification template " + notice.templateKey());
		}
		UUID tenant = TenantScope.require().tenant().value();
		Instant now = clock.instant();
		if (notice.dedupeKey() != null && seenRecently(tenant, notice.dedupeKey(), now)) {
			return List.of();
		}
		String params = json.writeValueAsString(notice.params());
		List<UUID> ids = new ArrayList<>();
		for (Recipient recipient : notice.recipients()) {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into notification_notice (id, tenant_id, template_key, params, recipient_account_id, recipient_employee_id,
					    link, mandatory, dedupe_key, created_at)
					values (:id, :tenant, :key, cast(:params as jsonb), :account, :employee, :link, :mandatory, :dedupe, :now)""")
				.param("id", id).param("tenant", tenant).param("key", notice.templateKey()).param("params", params)
				.param("account", recipient.accountId()).param("employee", recipient.employeeId()).param("link", notice.link())
				.param("mandatory", notice.mandatory()).param("dedupe", notice.dedupeKey()).param("now", Timestamp.from(now)).update();
			for (Channel channel : notice.channels()) {
				jdbc.sql("""
						insert into notification_delivery (id, tenant_id, notice_id, channel, status, next_attempt_at, created_at, updated_at)
						values (:id, :tenant, :notice, :channel, 'PENDING', :now, :now, :now)""")
					.param("id", UUID.randomUUID()).param("tenant", tenant).param("notice", id).param("channel", channel.name())
					.param("now", Timestamp.from(now)).update();
			}
			ids.add(id);
		}
		wakeAfterCommit();
		return ids;
	}

	/** The event form: recorded in the publisher's transaction, like a direct call. */
	@EventListener
	void on(NotificationRequested request) {
		send(request.notice());
	}

	private boolean seenRecently(UUID tenant, String key, Instant now) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lock, 0))").param("lock", tenant + "|notification|" + key)
			.query().singleValue();
		Instant since = now.minus(settings.get(NotificationSettings.DEDUPE_WINDOW));
		return jdbc.sql("select exists (select 1 from notification_notice where dedupe_key = :key and created_at > :since)")
			.param("key", key).param("since", Timestamp.from(since)).query(Boolean.class).single();
	}

	private void wakeAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
	}
}
