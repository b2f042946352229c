package io.cotrain.notification.dispatch;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.cotrain.notification.Channel;
import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.ChannelDispatcher;
import io.cotrain.notification.channel.MailGateway.MailMessage;
import io.cotrain.notification.channel.Message;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;
import io.cotrain.notification.channel.SmsGateway.SmsMessage;
import io.cotrain.notification.dispatch.ChannelConfigs.UnreadableSecretException;
import io.cotrain.tenancy.TenantScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * The SMS, mail and robot dispatchers: each takes the tenant's configuration of its channel (robots: the recipient's
 * region's, else the tenant's), the gateway built from it, and the recipient's address; what is missing fails with its
 * reason instead of throwing.
 */
@Configuration(proxyBeanMethods = false)
class Dispatchers {

	static final String NO_PHONE = "notification.error.noPhone";
	static final String INVALID_PHONE = "notification.error.invalidPhone";
	static final String NO_EMAIL = "notification.error.noEmail";

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private final ChannelConfigs configs;
	private final ChannelGateways gateways;
	private final String publicUrl;

	Dispatchers(ChannelConfigs configs, ChannelGateways gateways, @Value("${cotrain.notification.public-url:}") String publicUrl) {
		this.configs = configs;
		this.gateways = gateways;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Bean
	ChannelDispatcher smsDispatcher() {
		return dispatcher(Channel.SMS, message -> {
			String phone = message.to().phone();
			if (phone == null || phone.isBlank()) {
				return Attempt.failed(NO_PHONE);
			}
			if (!E164.matcher(phone).matches()) {
				return Attempt.failed(INVALID_PHONE + ": " + phone);
			}
			return with(configs.find(Channel.SMS, null),
					config -> gateways.sms(tenant(), config).send(new SmsMessage(phone, message.body())));
		});
	}

	@Bean
	ChannelDispatcher mailDispatcher() {
		return dispatcher(Channel.MAIL, message -> {
			String email = message.to().email();
			if (email == null || email.isBlank()) {
				return Attempt.failed(NO_EMAIL);
			}
			return with(configs.find(Channel.MAIL, null), config -> gateways.mail(tenant(), config)
				.send(new MailMessage(email, message.subject(), text(message), html(message))));
		});
	}

	@Bean
	ChannelDispatcher robotDispatcher() {
		return dispatcher(Channel.ROBOT, message -> with(configs.robotFor(message.to().region()),
				config -> gateways.robot(tenant(), config).send(new RobotMessage(message.subject(), text(message)))));
	}

	private static ChannelDispatcher dispatcher(Channel channel, Function<Message, Attempt> delivery) {
		return new ChannelDispatcher() {

			@Override
			public Channel channel() {
				return channel;
			}

			@Override
			public Attempt deliver(Message message) {
				try {
					return delivery.apply(message);
				}
				catch (UnreadableSecretException e) {
					return Attempt.failed(UnreadableSecretException.REASON);
				}
			}

			@Override
			public String toString() {
				return channel + " dispatcher";
			}
		};
	}

	private static Attempt with(Optional<ChannelConfig> config, Function<ChannelConfig, Attempt> send) {
		return config.map(send).orElseGet(() -> Attempt.failed(ChannelDispatcher.NOT_CONFIGURED));
	}

	/** The body, and the absolute link of what it is about when the installation knows its public address. */
	private String text(Message message) {
		return link(message).map(url -> message.body() + "\n\n" + url).orElse(message.body());
	}

	private String html(Message message) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>")
			.append(HtmlUtils.htmlEscape(message.body()).replace("\n", "<br>")).append("</p>");
		link(message).ifPresent(url -> html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
			.append(HtmlUtils.htmlEscape(url)).append("</a></p>"));
		return html.append("</body></html>").toString();
	}

	private Optional<String> link(Message message) {
		return message.link() == null || publicUrl.isBlank() ? Optional.empty() : Optional.of(publicUrl + message.link());
	}

	private static io.cotrain.tenancy.TenantId tenant() {
		return TenantScope.require().tenant();
	}
}
