package io.cotrain.notification.channel.robot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.Attempt.Outcome;
import io.cotrain.notification.channel.RobotGateway.RobotMessage;
import io.cotrain.notification.channel.robot.RobotSettings.Kind;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each provider's request shape, signature and answer mapping, against a local server standing in for it. */
class RobotGatewaysTest {

	private static final String SECRET = "SEC0123456789abcdef";
	private static final Instant NOW = Instant.parse("2026-11-27T06:30:15.123Z");
	private static final RobotMessage MESSAGE = new RobotMessage("培训提醒", "明天 **9:00** 岗前培训，请准时签到。");

	private final JsonMapper json = JsonMapper.builder().build();
	private final RobotGateways gateways = new RobotGateways(
			new RobotProperties(List.of("127.0.0.1"), null, Duration.ofSeconds(5)), json,
			Clock.fixed(NOW, ZoneOffset.UTC));
	private FakeProvider provider;

	@BeforeEach
	void start() throws IOException {
		provider = new FakeProvider();
	}

	@AfterEach
	void stop() {
		provider.close();
	}

	@Test
	void dingTalkPostsMarkdownSignedInTheUrl() throws Exception {
		Attempt attempt = gateways.create(new RobotSettings(Kind.DINGTALK,
				provider.url("/robot/send?access_token=tok123"), SECRET)).send(MESSAGE);

		assertThat(attempt).isEqualTo(Attempt.sent(null));
		FakeProvider.Received request = provider.request();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/robot/send");
		assertThat(request.contentType()).startsWith("application/json");
		Map<String, String> query = query(request.rawQuery());
		assertThat(query).containsOnlyKeys("access_token", "timestamp", "sign");
		assertThat(query.get("access_token")).isEqualTo("tok123");
		assertThat(query.get("timestamp")).isEqualTo("1795761015123");
		assertThat(query.get("timestamp")).isEqualTo(Long.toString(NOW.toEpochMilli()));
		String expected = Base64.getEncoder().encodeToString(hmac(SECRET, NOW.toEpochMilli() + "\n" + SECRET));
		assertThat(query.get("sign")).isEqualTo(expected);
		assertThat(request.rawQuery()).doesNotContain("+").doesNotContain("/");

		JsonNode body = json.readTree(request.body());
		assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
		assertThat(body.path("markdown").path("title").asString()).isEqualTo("培训提醒");
		assertThat(body.path("markdown").path("text").asString()).isEqualTo("明天 **9:00** 岗前培训，请准时签到。");
	}

	@Test
	void dingTalkWithoutASecretIsNotSigned() {
		gateways.create(new RobotSettings(Kind.DINGTALK, provider.url("/robot/send?access_token=tok123"), null))
			.send(MESSAGE);

		assertThat(provider.request().rawQuery()).isEqualTo("access_token=tok123");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"errcode":0,"errmsg":"ok"}                                     | SENT   |
			{"errcode":130101,"errmsg":"send too fast"}                     | RETRY  | errcode 130101: send too fast
			{"errcode":310000,"errmsg":"sign not match"}                    | FAILED | errcode 310000: sign not match
			{"errcode":300001,"errmsg":"token is not exist"}                | FAILED | errcode 300001: token is not exist
			<html>gateway</html>                                            | FAILED |
			""")
	void dingTalkAnswersAreClassified(String answer, Outcome outcome, String detail) {
		provider.answering(200, answer);
		Attempt attempt = gateways.create(new RobotSettings(Kind.DINGTALK,
				provider.url("/robot/send?access_token=tok123"), SECRET)).send(MESSAGE);

		assertThat(attempt.outcome()).isEqualTo(outcome);
		if (detail != null) {
			assertThat(attempt.detail()).isEqualTo(detail);
		}
		if (attempt.detail() != null) {
			assertThat(attempt.detail()).doesNotContain(SECRET).doesNotContain("tok123");
		}
	}

	@Test
	void weComPostsMarkdownWithTheTitleAsItsFirstBoldLine() throws Exception {
		Attempt attempt = gateways.create(new RobotSettings(Kind.WECOM,
				provider.url("/cgi-bin/webhook/send?key=k-1"), null)).send(MESSAGE);

		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		FakeProvider.Received request = provider.request();
		assertThat(request.rawQuery()).isEqualTo("key=k-1");
		JsonNode body = json.readTree(request.body());
		assertThat(body.path("msgtype").asString()).isEqualTo("markdown");
		assertThat(body.path("markdown").path("content").asString())
			.isEqualTo("**培训提醒**\n明天 **9:00** 岗前培训，请准时签到。");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"errcode":0,"errmsg":"ok"}                        | SENT
			{"errcode":45009,"errmsg":"api freq out of limit"} | RETRY
			{"errcode":93000,"errmsg":"invalid webhook url"}   | FAILED
			""")
	void weComAnswersAreClassified(String answer, Outcome outcome) {
		provider.answering(200, answer);

		assertThat(gateways.create(new RobotSettings(Kind.WECOM, provider.url("/cgi-bin/webhook/send?key=k-1"), null))
			.send(MESSAGE).outcome()).isEqualTo(outcome);
	}

	@Test
	void feishuPostsTextSignedInTheBody() throws Exception {
		provider.answering(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");
		Attempt attempt = gateways.create(new RobotSettings(Kind.FEISHU,
				provider.url("/open-apis/bot/v2/hook/abc-def"), SECRET)).send(MESSAGE);

		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		FakeProvider.Received request = provider.request();
		assertThat(request.path()).isEqualTo("/open-apis/bot/v2/hook/abc-def");
		assertThat(request.rawQuery()).isNull();
		JsonNode body = json.readTree(request.body());
		assertThat(body.path("timestamp").isString()).isTrue();
		assertThat(body.path("timestamp").asString()).isEqualTo("1795761015");
		String expected = Base64.getEncoder().encodeToString(hmac(NOW.getEpochSecond() + "\n" + SECRET, ""));
		assertThat(body.path("sign").asString()).isEqualTo(expected);
		assertThat(body.path("msg_type").asString()).isEqualTo("text");
		assertThat(body.path("content").path("text").asString()).isEqualTo("培训提醒\n明天 **9:00** 岗前培训，请准时签到。");
	}

	@Test
	void feishuWithoutASecretSendsNoSignature() throws Exception {
		provider.answering(200, "{\"StatusCode\":0,\"StatusMessage\":\"success\"}");

		assertThat(gateways.create(new RobotSettings(Kind.FEISHU, provider.url("/open-apis/bot/v2/hook/x"), " "))
			.send(MESSAGE).outcome()).isEqualTo(Outcome.SENT);
		JsonNode body = json.readTree(provider.request().body());
		assertThat(body.has("sign")).isFalse();
		assertThat(body.has("timestamp")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"code":0,"msg":"success"}                                        | SENT
			{"StatusCode":0,"StatusMessage":"success"}                        | SENT
			{"code":11232,"msg":"frequency limited psm"}                      | RETRY
			{"code":19021,"msg":"sign match fail or timestamp is not within"} | FAILED
			{"code":19024,"msg":"Key Words Not Found"}                        | FAILED
			{"data":{}}                                                       | FAILED
			""")
	void feishuAnswersAreClassified(String answer, Outcome outcome) {
		provider.answering(200, answer);

		assertThat(gateways.create(new RobotSettings(Kind.FEISHU, provider.url("/open-apis/bot/v2/hook/x"), SECRET))
			.send(MESSAGE).outcome()).isEqualTo(outcome);
	}

	@ParameterizedTest
	@CsvSource({ "500, RETRY", "502, RETRY", "503, RETRY", "429, RETRY", "404, FAILED", "400, FAILED",
			"302, FAILED" })
	void httpStatusesAreClassified(int status, Outcome outcome) {
		provider.answering(status, "{\"errcode\":0}");

		for (Kind kind : Kind.values()) {
			Attempt attempt = gateways.create(new RobotSettings(kind, provider.url("/hook?key=k"), null)).send(MESSAGE);
			assertThat(attempt.outcome()).as(kind.name()).isEqualTo(outcome);
			assertThat(attempt.detail()).isEqualTo("HTTP " + status);
			provider.request();
		}
	}

	@Test
	void anUnreachableProviderIsRetried() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Attempt attempt = gateways.create(new RobotSettings(Kind.DINGTALK,
				"http://127.0.0.1:" + closedPort + "/robot/send?access_token=tok123", SECRET)).send(MESSAGE);

		assertThat(attempt.outcome()).isEqualTo(Outcome.RETRY);
		assertThat(attempt.detail()).doesNotContain("tok123").doesNotContain(SECRET);
	}

	private static Map<String, String> query(String rawQuery) {
		return Arrays.stream(rawQuery.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
	}

	private static byte[] hmac(String key, String data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
	}
}
