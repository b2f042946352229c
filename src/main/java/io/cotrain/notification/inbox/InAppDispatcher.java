package io.cotrain.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.ChannelDispatcher;
import io.cotrain.notification.channel.Message;
import io.cotrain.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The in-app channel: writes the inbox entry in the worker's transaction, so marking the delivery done and the entry
 * itself commit together (exactly once); the entry's unique delivery id keeps it so even if asked twice.
 */
@Component
class InAppDispatcher implements ChannelDispatcher {

	static final String NO_LOGIN = "notification.error.noLogin";

	private final JdbcClient jdbc;
	private final Clock clock;

	InAppDispatcher(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.IN_APP;
	}

	@Override
	public Attempt deliver(Message message) {
		if (message.to().accountId() == null) {
			return Attempt.failed(NO_LOGIN);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notification_inbox (id, tenant_id, account_id, notice_id, delivery_id, subject, body, link, created_at)
				values (:id, :tenant, :account, :notice, :delivery, :subject, :body, :link, :now)
				on conflict (delivery_id) do nothing""")
			.param("id", id).param("tenant", TenantScope.require().tenant().value()).param("account", message.to().accountId())
			.param("notice", message.noticeId()).param("delivery", message.deliveryId()).param("subject", message.subject())
			.param("body", message.body()).param("link", message.link()).param("now", Timestamp.from(clock.instant())).update();
		return Attempt.sent(id.toString());
	}
}
