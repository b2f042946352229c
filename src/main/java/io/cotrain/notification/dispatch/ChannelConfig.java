package io.cotrain.notification.dispatch;

import java.time.Instant;
import java.util.UUID;

import io.cotrain.notification.Channel;
import io.cotrain.tenancy.RegionId;

/**
 * A tenant's configuration of one channel (for robots: tenant-wide, or one region's group).
 *
 * @param region the region of a robot, or null for the tenant-wide one
 * @param settings the provider's settings record ({@code SmppSettings}, {@code HttpSmsSettings}, {@code MailSettings},
 *        {@code RobotSettings}) with the secret decrypted — never shown to a user
 * @param hasSecret whether a secret is stored
 * @param version counts the saves, so gateways built from an older version are replaced
 */
public record ChannelConfig(UUID id, Channel channel, RegionId region, Provider provider, Record settings, boolean hasSecret,
		int version, Instant updatedAt, String updatedBy) {

	/** The settings as their own type. */
	public <S extends Record> S settings(Class<S> type) {
		return type.cast(settings);
	}
}
