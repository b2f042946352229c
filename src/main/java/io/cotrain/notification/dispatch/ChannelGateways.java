package io.cotrain.notification.dispatch;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.MailGateway;
import io.cotrain.notification.channel.RobotGateway;
import io.cotrain.notification.channel.SmsGateway;
import io.cotrain.notification.channel.mail.MailGateways;
import io.cotrain.notification.channel.mail.MailSettings;
import io.cotrain.notification.channel.robot.RobotGateways;
import io.cotrain.notification.channel.robot.RobotSettings;
import io.cotrain.notification.channel.sms.HttpSmsSettings;
import io.cotrain.notification.channel.sms.SmppSettings;
import io.cotrain.notification.channel.sms.SmsGateways;
import io.cotrain.notification.delivery.Receipts;
import io.cotrain.tenancy.RegionId;
import io.cotrain.tenancy.TenantId;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The gateways built from the tenants' configurations, kept while a configuration stays the same (an SMPP gateway
 * holds a bound session that also receives the delivery receipts) and replaced — the old one closed — when a newer
 * version is saved.
 */
@Component
class ChannelGateways {

	private final SmsGateways sms;
	private final MailGateways mail;
	private final RobotGateways robots;
	private final Receipts receipts;
	private final ConcurrentMap<Key, Built> built = new ConcurrentHashMap<>();

	ChannelGateways(SmsGateways sms, MailGateways mail, RobotGateways robots, Receipts receipts) {
		this.sms = sms;
		this.mail = mail;
		this.robots = robots;
		this.receipts = receipts;
	}

	SmsGateway sms(TenantId tenant, ChannelConfig config) {
		return (SmsGateway) gateway(tenant, config);
	}

	MailGateway mail(TenantId tenant, ChannelConfig config) {
		return (MailGateway) gateway(tenant, config);
	}

	RobotGateway robot(TenantId tenant, ChannelConfig config) {
		return (RobotGateway) gateway(tenant, config);
	}

	private Object gateway(TenantId tenant, ChannelConfig config) {
		Key key = new Key(tenant, config.channel(), config.region());
		Built current = built.compute(key, (k, old) -> {
			if (old != null && old.configId().equals(config.id()) && old.version() == config.version()) {
				return old;
			}
			if (old != null) {
				close(old.gateway());
			}
			return new Built(config.id(), config.version(), create(tenant, config.settings()));
		});
		return current.gateway();
	}

	private Object create(TenantId tenant, Record settings) {
		if (settings instanceof SmppSettings s) {
			return sms.smpp(s, receipts.forTenant(tenant));
		}
		if (settings instanceof HttpSmsSettings s) {
			return sms.http(s);
		}
		if (settings instanceof MailSettings s) {
			return mail.smtp(s);
		}
		if (settings instanceof RobotSettings s) {
			return robots.create(s);
		}
		throw new IllegalArgumentException("unknown settings " + settings.getClass().getSimpleName());
	}

	@PreDestroy
	void closeAll() {
		built.values().forEach(b -> close(b.gateway()));
		built.clear();
	}

	private static void close(Object gateway) {
		if (gateway instanceof SmsGateway closable) {
			closable.close();
		}
	}

	private record Key(TenantId tenant, Channel channel, RegionId region) {
	}

	private record Built(UUID configId, int version, Object gateway) {
	}
}
