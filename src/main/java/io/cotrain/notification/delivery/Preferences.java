package io.cotrain.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/** Drops the account's own choice for a channel, so the tenant's applies again. */
	@Transactional
	public void clear(UUID account, Channel channel) {
		jdbc.sql("delete from notification_preference where account_id = :account and channel = :channel")
			.param("account", account).param("channel", channel.name()).update();
	}

	/**
	 * Records a user's own choices in one transaction.
	 *
	 * @param choices per channel: on or off, or null to drop the own choice
	 */
	@Transactional
	public void choose(UUID account, Map<Channel, Boolean> choices) {
		choices.forEach((channel, enabled) -> {
			if (enabled == null) {
				clear(account, channel);
			}
			else {
				set(account, channel, enabled);
			}
		});
	}

	/** For each channel (in order), whether it is on for the account and whose choice that is, as {@link #enabled} decides. */
	@Transactional(readOnly = true)
	public List<Effective> effective(UUID account) {
		Map<String, Boolean> own = new HashMap<>();
		Map<String, Boolean> tenant = new HashMap<>();
		jdbc.sql("select account_id, channel, enabled from notification_preference where account_id is null or account_id = :account")
			.param("account", account)
			.query(rs -> {
				(rs.getObject("account_id") == null ? tenant : own).put(rs.getString("channel"), rs.getBoolean("enabled"));
			});
		List<Effective> states = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			Boolean mine = own.get(channel.name());
			Boolean tenants = tenant.get(channel.name());
			states.add(mine != null ? new Effective(channel, mine, Source.ACCOUNT, tenants == null || tenants)
					: tenants != null ? new Effective(channel, tenants, Source.TENANT, tenants)
					: new Effective(channel, true, Source.DEFAULT, true));
		}
		return states;
	}

	/** Whose choice decides a channel for an account. */
	public enum Source {
		/** The user's own. */
		ACCOUNT,
		/** The tenant's, for every user without an own choice. */
		TENANT,
		/** Nobody chose: on. */
		DEFAULT
	}

	/**
	 * @param enabled whether the channel is on for the account
	 * @param tenantEnabled what applies when the account drops its own choice
	 */
	public record Effective(Channel channel, boolean enabled, Source source, boolean tenantEnabled) {
	}
}
