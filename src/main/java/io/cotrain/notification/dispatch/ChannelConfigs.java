package io.cotrain.notification.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.mail.MailSettings;
import io.cotrain.notification.channel.robot.RobotGateways;
import io.cotrain.notification.channel.robot.RobotSettings;
import io.cotrain.notification.channel.sms.HttpSmsSettings;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.runtime.SecretCipher;
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.shared.RuleViolationException.Violation;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantDirectory;
import io.cotrain.tenancy.TenantScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's channel configurations: one SMS gateway (SMPP or HTTP), one mail server, and group robots (one for the
 * tenant, optionally one per region). Settings are checked when saved (every problem with its field), the secret is
 * encrypted with the installation's master key and never returned to a page; each save is audited without it.
 */
@Service
public class ChannelConfigs {

	private static final String AUDIT_TYPE = "notification_channel";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final SecretCipher cipher;
	private final RobotGateways robots;
	private final TenantDirectory directory;
	private final AuditLog audit;
	private final Clock clock;

	ChannelConfigs(JdbcClient jdbc, JsonMapper json, SecretCipher cipher, RobotGateways robots, TenantDirectory directory,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
		this.robots = robots;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The configuration of a channel in the current tenant: for robots the region's, else (region null) the tenant's.
	 *
	 * @throws UnreadableSecretException when the stored secret cannot be decrypted (the master key changed)
	 */
	@Transactional(readOnly = true)
	public Optional<ChannelConfig> find(Channel channel, RegionId region) {
		return find(channel, region, true);
	}

	private Optional<ChannelConfig> find(Channel channel, RegionId region, boolean withSecret) {
		return jdbc.sql("select * from notification_channel_config where channel = :channel and region_id is not distinct from :region")
			.param("channel", channel.name()).param("region", region == null ? null : region.value())
			.query((rs, n) -> read(rs.getObject("id", UUID.class), channel, region, Provider.valueOf(rs.getString("provider")),
					rs.getString("settings"), withSecret ? rs.getString("secret") : null, rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("updated_by")))
			.optional();
	}

	/** The robot a recipient's messages go to: their region's, else the tenant's. */
	@Transactional(readOnly = true)
	public Optional<ChannelConfig> robotFor(RegionId region) {
		Optional<ChannelConfig> own = region == null ? Optional.empty() : find(Channel.ROBOT, region);
		return own.isPresent() ? own : find(Channel.ROBOT, null);
	}

	/** Every configuration of the tenant, secrets left out (for the settings page). */
	@Transactional(readOnly = true)
	public List<Summary> summaries() {
		return jdbc.sql("""
				select c.channel, c.region_id, c.provider, c.settings::text as settings, c.secret is not null as has_secret,
				       c.version, c.updated_at, c.updated_by
				from notification_channel_config c order by c.channel, c.region_id nulls first""")
			.query((rs, n) -> {
				Provider provider = Provider.valueOf(rs.getString("provider"));
				UUID region = rs.getObject("region_id", UUID.class);
				return new Summary(Channel.valueOf(rs.getString("channel")), region == null ? null : new RegionId(region), provider,
						settingsWithout(provider, rs.getString("settings")), rs.getBoolean("has_secret"), rs.getInt("version"),
						rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
			})
			.list();
	}

	/**
	 * Saves a channel's settings (replacing what was there).
	 *
	 * @param region a region for a region's robot, else null
	 * @param keepSecret a blank secret in {@code settings} keeps the stored one of the same provider (forms never show it)
	 * @param actor who saves, for the page's "changed by"
	 * @throws RuleViolationException listing every problem by field
	 */
	@Transactional
	public ChannelConfig save(RegionId region, Record settings, boolean keepSecret, String actor) {
		Provider provider;
		try {
			provider = Provider.of(settings);
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.of("kind", "notification.robot.kindRequired");
		}
		Channel channel = provider.channel();
		List<Violation> problems = new ArrayList<>();
		if (region != null) {
			if (channel != Channel.ROBOT) {
				problems.add(new Violation("region", "notification.channel.regionOnlyForRobots"));
			}
			else if (!regionExists(region)) {
				problems.add(new Violation("region", "notification.channel.unknownRegion"));
			}
		}
		Optional<ChannelConfig> stored;
		try {
			stored = find(channel, region, true);
		}
		catch (UnreadableSecretException e) {
			stored = find(channel, region, false); // a new secret must be given; the old one is lost with its key
		}
		Record effective = settings;
		String secret = Provider.secretOf(settings);
		if (keepSecret && (secret == null || secret.isEmpty()) && stored.isPresent() && stored.get().hasSecret()
				&& stored.get().provider() == provider) {
			secret = Provider.secretOf(stored.get().settings());
			effective = Provider.withSecret(settings, secret);
		}
		problems.addAll(problems(effective));
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems);
		}
		ObjectNode tree = (ObjectNode) json.valueToTree(effective);
		tree.remove(provider.secretField());
		String encrypted = secret == null || secret.isEmpty() ? null : cipher.encrypt(secret);
		Instant now = clock.instant();
		int version = stored.map(c -> c.version() + 1).orElse(1);
		UUID id = stored.map(ChannelConfig::id).orElseGet(UUID::randomUUID);
		if (stored.isPresent()) {
			jdbc.sql("""
					update notification_channel_config set provider = :provider, settings = cast(:settings as jsonb), secret = :secret,
					       version = :version, updated_at = :now, updated_by = :actor where id = :id""")
				.param("id", id).param("provider", provider.name()).param("settings", json.writeValueAsString(tree))
				.param("secret", encrypted).param("version", version).param("now", Timestamp.from(now)).param("actor", actor).update();
		}
		else {
			jdbc.sql("""
					insert into notification_channel_config (id, tenant_id, channel, region_id, provider, settings, secret, version,
					                                         updated_at, updated_by)
					values (:id, :tenant, :channel, :region, :provider, cast(:settings as jsonb), :secret, :version, :now, :actor)""")
				.param("id", id).param("tenant", TenantScope.require().tenant().value()).param("channel", channel.name())
				.param("region", region == null ? null : region.value()).param("provider", provider.name())
				.param("settings", json.writeValueAsString(tree)).param("secret", encrypted).param("version", version)
				.param("now", Timestamp.from(now)).param("actor", actor).update();
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("channel", channel.name());
		details.put("region", region == null ? null : region.value().toString());
		details.put("provider", provider.name());
		details.put("settings", effective.toString());
		String newSecret = secret;
		details.put("secretChanged", stored.map(c -> !Objects.equals(Provider.secretOf(c.settings()), newSecret)).orElse(encrypted != null));
		audit.record("NOTIFICATION_CHANNEL_SAVED", AUDIT_TYPE, id, details);
		return new ChannelConfig(id, channel, region, provider, effective, encrypted != null, version, now, actor);
	}

	/** Removes a channel's configuration; its messages then fail as "channel not configured". */
	@Transactional
	public boolean remove(Channel channel, RegionId region) {
		Optional<UUID> id = jdbc.sql("delete from notification_channel_config where channel = :channel and region_id is not distinct from :region returning id")
			.param("channel", channel.name()).param("region", region == null ? null : region.value()).query(UUID.class).optional();
		id.ifPresent(removed -> {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("channel", channel.name());
			details.put("region", region == null ? null : region.value().toString());
			audit.record("NOTIFICATION_CHANNEL_REMOVED", AUDIT_TYPE, removed, details);
		});
		return id.isPresent();
	}

	/** What is wrong with a settings record, by field. */
	public List<Violation> problems(Record settings) {
		if (settings instanceof SmppSettings s) {
			return s.problems();
		}
		if (settings instanceof HttpSmsSettings s) {
			return s.problems();
		}
		if (settings instanceof MailSettings s) {
			return s.problems();
		}
		if (settings instanceof RobotSettings s) {
			return robots.problems(s);
		}
		throw new IllegalArgumentException("unknown settings " + settings.getClass().getSimpleName());
	}

	private ChannelConfig read(UUID id, Channel channel, RegionId region, Provider provider, String settings, String secret,
			int version, Instant updatedAt, String updatedBy) {
		ObjectNode tree = (ObjectNode) json.readTree(settings);
		if (secret != null) {
			try {
				tree.put(provider.secretField(), cipher.decrypt(secret));
			}
			catch (IllegalArgumentException e) {
				throw new UnreadableSecretException(channel);
			}
		}
		return new ChannelConfig(id, channel, region, provider, json.treeToValue(tree, provider.settingsType()), secret != null,
				version, updatedAt, updatedBy);
	}

	private Record settingsWithout(Provider provider, String settings) {
		JsonNode tree = json.readTree(settings);
		return json.treeToValue(tree, provider.settingsType());
	}

	private boolean regionExists(RegionId region) {
		try {
			directory.region(region);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	/** A configuration as the settings page shows it: the settings without their secret. */
	public record Summary(Channel channel, RegionId region, Provider provider, Record settings, boolean hasSecret, int version,
			Instant updatedAt, String updatedBy) {
	}

	/** The stored secret cannot be decrypted with this installation's master key. */
	public static class UnreadableSecretException extends RuntimeException {

		public static final String REASON = "notification.error.secretUnreadable";

		UnreadableSecretException(Channel channel) {
			super("the stored " + channel + " secret cannot be decrypted with this installation's master key");
		}
	}
}
