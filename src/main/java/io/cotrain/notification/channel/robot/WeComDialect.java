package io.cotrain.notification.channel.robot;

import java.time.Instant;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * WeCom (企业微信) group robot: a markdown message with the title as its first, bold line; no signing (the key in
 * the URL is the credential). {@code errcode} 45009 (rate limit) is retried.
 */
final class WeComDialect implements RobotDialect {

	static final int RATE_LIMITED = 45009;

	@Override
	public Posting posting(RobotSettings settings, RobotMessage message, Instant now) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("msgtype", "markdown");
		String content = message.title() == null || message.title().isBlank() ? message.text()
				: "**" + message.title() + "**\n" + message.text();
		body.putObject("markdown").put("content", content);
		return new Posting(settings.uri(), body);
	}

	@Override
	public Attempt outcome(JsonNode answer) {
		return RobotDialect.byCode(answer, "errcode", "errmsg", RATE_LIMITED);
	}
}
