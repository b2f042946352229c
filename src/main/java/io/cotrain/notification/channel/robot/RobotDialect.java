package io.cotrain.notification.channel.robot;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What differs between providers: the request (URL, body, signature) and how to read the answer. */
interface RobotDialect {

	/** The request for one message, signed at {@code now} when the settings have a secret. */
	Posting posting(RobotSettings settings, RobotMessage message, Instant now);

	/** The outcome a 2xx answer stands for. */
	Attempt outcome(JsonNode answer);

	record Posting(URI uri, ObjectNode body) {
	}

	static RobotDialect of(RobotSettings.Kind kind) {
		return switch (kind) {
			case DINGTALK -> new DingTalkDialect();
			case WECOM -> new WeComDialect();
			case FEISHU -> new FeishuDialect();
		};
	}

	static String hmacSha256Base64(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	/** The outcome of an answer {@code {"<codeField>": n, "<messageField>": "…"}}, or null without that code. */
	static Attempt byCode(JsonNode answer, String codeField, String messageField, int rateLimited) {
		JsonNode code = answer.get(codeField);
		if (code == null || !code.isIntegralNumber()) {
			return null;
		}
		if (code.asInt() == 0) {
			return Attempt.sent(null);
		}
		String detail = codeField + " " + code.asInt() + ": " + shorten(answer.path(messageField).asString(""));
		return code.asInt() == rateLimited ? Attempt.retry(detail) : Attempt.failed(detail);
	}

	private static String shorten(String text) {
		return text.length() <= 160 ? text : text.substring(0, 160) + "…";
	}
}
