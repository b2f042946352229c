package io.cotrain.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which channels are on: a user's own choice, else the tenant's, else on. Mandatory notices ignore them.
 */
@Service
public class Preferences {

	private final JdbcClient jdbc;
	private final Clock clock;

	Preferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @param account the user, or null for the tenant's choice */
	@Transactional
	public void set(UUID account, Channel channel, boolean enabled) {
		String conflict = account == null ? "(tenant_id, channel) where account_id is null"
				: "(tenant_id, account_id, channel) where account_id is not null";
		jdbc.sql("insert into notification_preference (id, tenant_id, account_id, channel, enabled, updated_at) "
				+ "values (:id, :tenant, :account, :channel, :enabled, :now) on conflict " + conflict
				+ " do update set enabled = excluded.enabled, updated_at = excluded.updated_at")
			.param("id", UUID.randomUUID()).param("tenant", TenantScope.require().tenant().value()).param("account", account)
			.param("channel", channel.name()).param("enabled", enabled).param("now", Timestamp.from(clock.instant())).update();
	}

	/** Whether the channel is on for the account (null: an employee without login, so the tenant's choice). */
	@Transactional(readOnly = true)
	public boolean enabled(Channel channel, UUID account) {
		List<Boolean> choices = jdbc.sql("""
				select enabled from notification_preference
				where channel = :channel and (account_id is null or account_id = :account)
				order by account_id nulls last limit 1""")
			.param("channel", channel.name()).param("account", account).query(Boolean.class).list();
		return choices.isEmpty() || choices.get(0);
	}
}
