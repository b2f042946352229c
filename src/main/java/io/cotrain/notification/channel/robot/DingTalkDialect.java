package io.cotrain.notification.channel.robot;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * DingTalk custom robot: a markdown message; with a secret ("加签") the URL gets {@code timestamp} (epoch millis)
 * and {@code sign} = URL-encoded Base64 of HmacSHA256(key = secret, data = timestamp + "\n" + secret).
 * {@code errcode} 130101 ("sending too fast") is retried.
 */
final class DingTalkDialect implements RobotDialect {

	static final int TOO_FREQUENT = 130101;

	@Override
	public Posting posting(RobotSettings settings, RobotMessage message, Instant now) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("msgtype", "markdown");
		body.putObject("markdown").put("title", message.title()).put("text", message.text());
		URI uri = settings.uri();
		if (settings.hasSecret()) {
			long timestamp = now.toEpochMilli();
			String sign = RobotDialect.hmacSha256Base64(settings.secret(), timestamp + "\n" + settings.secret());
			String url = settings.webhookUrl().strip();
			uri = URI.create(url + (uri.getRawQuery() == null ? "?" : "&") + "timestamp=" + timestamp + "&sign="
					+ URLEncoder.encode(sign, StandardCharsets.UTF_8));
		}
		return new Posting(uri, body);
	}

	@Override
	public Attempt outcome(JsonNode answer) {
		return RobotDialect.byCode(answer, "errcode", "errmsg", TOO_FREQUENT);
	}
}
