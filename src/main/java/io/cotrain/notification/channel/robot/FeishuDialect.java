package io.cotrain.notification.channel.robot;

import java.time.Instant;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feishu / Lark custom bot: a text message (title on its own first line); with a secret ("签名校验") the body gets
 * {@code timestamp} (epoch seconds, as a string) and {@code sign} = Base64 of HmacSHA256(key = timestamp + "\n" +
 * secret, data = nothing). The answer is {@code {"code": 0}} (older bots: {@code {"StatusCode": 0}}); 11232
 * (frequency limit) is retried.
 */
final class FeishuDialect implements RobotDialect {

	static final int FREQUENCY_LIMITED = 11232;

	@Override
	public Posting posting(RobotSettings settings, RobotMessage message, Instant now) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		if (settings.hasSecret()) {
			long timestamp = now.getEpochSecond();
			body.put("timestamp", Long.toString(timestamp));
			body.put("sign", RobotDialect.hmacSha256Base64(timestamp + "\n" + settings.secret(), ""));
		}
		String text = message.title() == null || message.title().isBlank() ? message.text()
				: message.title() + "\n" + message.text();
		body.put("msg_type", "text");
		body.putObject("content").put("text", text);
		return new Posting(settings.uri(), body);
	}

	@Override
	public Attempt outcome(JsonNode answer) {
		Attempt byCode = RobotDialect.byCode(answer, "code", "msg", FREQUENCY_LIMITED);
		return byCode != null ? byCode : RobotDialect.byCode(answer, "StatusCode", "StatusMessage", FREQUENCY_LIMITED);
	}
}
