package io.cotrain.notification.dispatch;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.mail.MailSettings;
import io.cotrain.notification.channel.robot.RobotSettings;
import io.cotrain.notification.channel.sms.HttpSmsSettings;
import io.cotrain.notification.channel.sms.SmppSettings;

/**
 * How a channel reaches its provider: the settings record of each, and the name of the record component that holds the
 * secret (stored encrypted, never shown again).
 */
public enum Provider {

	SMPP(Channel.SMS, SmppSettings.class, "password"),
	HTTP(Channel.SMS, HttpSmsSettings.class, "authHeaderValue"),
	SMTP(Channel.MAIL, MailSettings.class, "password"),
	DINGTALK(Channel.ROBOT, RobotSettings.class, "secret"),
	WECOM(Channel.ROBOT, RobotSettings.class, "secret"),
	FEISHU(Channel.ROBOT, RobotSettings.class, "secret");

	private final Channel channel;
	private final Class<? extends Record> settingsType;
	private final String secretField;

	Provider(Channel channel, Class<? extends Record> settingsType, String secretField) {
		this.channel = channel;
		this.settingsType = settingsType;
		this.secretField = secretField;
	}

	public Channel channel() {
		return channel;
	}

	Class<? extends Record> settingsType() {
		return settingsType;
	}

	String secretField() {
		return secretField;
	}

	/** The provider of a settings record. */
	public static Provider of(Record settings) {
		if (settings instanceof SmppSettings) {
			return SMPP;
		}
		if (settings instanceof HttpSmsSettings) {
			return HTTP;
		}
		if (settings instanceof MailSettings) {
			return SMTP;
		}
		if (settings instanceof RobotSettings robot && robot.kind() != null) {
			return valueOf(robot.kind().name());
		}
		throw new IllegalArgumentException("no provider for " + settings.getClass().getSimpleName());
	}

	/** The secret of a settings record, or null. */
	static String secretOf(Record settings) {
		if (settings instanceof SmppSettings s) {
			return s.password();
		}
		if (settings instanceof HttpSmsSettings s) {
			return s.authHeaderValue();
		}
		if (settings instanceof MailSettings s) {
			return s.password();
		}
		if (settings instanceof RobotSettings s) {
			return s.secret();
		}
		throw new IllegalArgumentException("no secret in " + settings.getClass().getSimpleName());
	}

	/** The same settings with another secret. */
	static Record withSecret(Record settings, String secret) {
		if (settings instanceof SmppSettings s) {
			return new SmppSettings(s.host(), s.port(), s.systemId(), secret, s.systemType(), s.sourceAddress(), s.sourceTon(),
					s.sourceNpi(), s.bindTimeout(), s.enquireLinkInterval(), s.responseTimeout(), s.smscZone());
		}
		if (settings instanceof HttpSmsSettings s) {
			return new HttpSmsSettings(s.url(), s.authHeaderName(), secret, s.bodyTemplate(), s.messageIdPointer(),
					s.connectTimeout(), s.requestTimeout());
		}
		if (settings instanceof MailSettings s) {
			return new MailSettings(s.host(), s.port(), s.username(), secret, s.security(), s.fromAddress(), s.fromName(),
					s.connectTimeout(), s.readTimeout(), s.writeTimeout());
		}
		if (settings instanceof RobotSettings s) {
			return new RobotSettings(s.kind(), s.webhookUrl(), secret);
		}
		throw new IllegalArgumentException("no secret in " + settings.getClass().getSimpleName());
	}
}
