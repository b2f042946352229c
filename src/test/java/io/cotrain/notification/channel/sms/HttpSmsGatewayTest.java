package io.cotrain.notification.channel.sms;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import io.cotrain.notification.channel.Attempt;
import io.cotrain.notification.channel.Attempt.Outcome;
import io.cotrain.notification.channel.SmsGateway.SmsMessage;
import io.cotrain.shared.RuleViolationException.Violation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The HTTP SMS gateway against a local HTTP server. */
class HttpSmsGatewayTest {

	private static final String TEMPLATE = "{\"mobile\":\"{{to}}\",\"content\":\"{{text}}\",\"sign\":\"CoTrain\"}";

	record Request(String method, String auth, String contentType, String body) {
	}

	private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
	private final AtomicInteger status = new AtomicInteger(200);
	private final AtomicReference<String> responseBody = new AtomicReference<>("{\"code\":0,\"data\":{\"msgId\":\"m-42\"}}");
	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/sms", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("X-Api-Key"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			byte[] answer = responseBody.get().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status.get(), answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private HttpSmsSettings settings(String template, String pointer) {
		return new HttpSmsSettings("http://127.0.0.1:" + server.getAddress().getPort() + "/sms", "X-Api-Key", "key-123", template,
				pointer, Duration.ofSeconds(3), Duration.ofSeconds(3));
	}

	@Test
	void postsTheJsonEscapedTextWithTheAuthHeaderAndReadsTheMessageId() throws Exception {
		String text = "王芳：请于\"周五\"前提交\\自评\n谢谢";

		Attempt attempt;
		try (HttpSmsGateway gateway = new HttpSmsGateway(settings(TEMPLATE, "/data/msgId"))) {
			attempt = gateway.send(new SmsMessage("+8613800000000", text));
		}

		Request request = requests.poll(5, TimeUnit.SECONDS);
		assertThat(request).isNotNull();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.auth()).isEqualTo("key-123");
		assertThat(request.contentType()).startsWith("application/json");
		assertThat(request.body()).contains("\\\"周五\\\"", "\\\\自评", "\\n");
		JsonNode json = HttpSmsSettings.JSON.readTree(request.body());
		assertThat(json.get("content").asString()).isEqualTo(text);
		assertThat(json.get("mobile").asString()).isEqualTo("+8613800000000");
		assertThat(json.get("sign").asString()).isEqualTo("CoTrain");
		assertThat(attempt).isEqualTo(Attempt.sent("m-42"));
	}

	@Test
	void aNumericIdAndToDigitsAreSupported() throws Exception {
		responseBody.set("{\"result\":[{\"sid\":9001}]}");

		Attempt attempt = new HttpSmsGateway(settings("{\"to\":\"{{to_digits}}\",\"msg\":\"{{text}}\"}", "/result/0/sid"))
				.send(new SmsMessage("+8613800000000", "hi"));

		assertThat(attempt).isEqualTo(Attempt.sent("9001"));
		assertThat(requests.poll(5, TimeUnit.SECONDS).body()).isEqualTo("{\"to\":\"8613800000000\",\"msg\":\"hi\"}");
	}

	@Test
	void anAcceptedMessageWithoutAnIdIsStillSent() {
		responseBody.set("OK");

		Attempt attempt = new HttpSmsGateway(settings(TEMPLATE, "/data/msgId")).send(new SmsMessage("+8613800000000", "hi"));

		assertThat(attempt.outcome()).isEqualTo(Outcome.SENT);
		assertThat(attempt.providerMessageId()).isNull();
		assertThat(attempt.detail()).contains("/data/msgId");
	}

	@Test
	void serverErrorsAndThrottlingAreRetried() {
		for (int code : new int[] { 500, 503, 429, 408 }) {
			status.set(code);
			responseBody.set("{\"error\":\"busy\"}");

			Attempt attempt = new HttpSmsGateway(settings(TEMPLATE, null)).send(new SmsMessage("+8613800000000", "hi"));

			assertThat(attempt.outcome()).as("HTTP %d", code).isEqualTo(Outcome.RETRY);
			assertThat(attempt.detail()).contains("HTTP " + code, "busy");
		}
	}

	@Test
	void aBadRequestFailsWithStatusAndTheStartOfTheBody() {
		status.set(400);
		responseBody.set("{\"error\":\"invalid mobile\",\"padding\":\"" + "x".repeat(1000) + "\"}");

		Attempt attempt = new HttpSmsGateway(settings(TEMPLATE, null)).send(new SmsMessage("+8613800000000", "hi"));

		assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(attempt.detail()).startsWith("HTTP 400: {\"error\":\"invalid mobile\"").hasSizeLessThan(260);
		assertThat(attempt.detail()).doesNotContain("key-123");
	}

	@Test
	void anUnreachableProviderIsRetried() {
		HttpSmsSettings settings = settings(TEMPLATE, null);
		server.stop(0);

		assertThat(new HttpSmsGateway(settings).send(new SmsMessage("+8613800000000", "hi")).outcome()).isEqualTo(Outcome.RETRY);
	}

	@Test
	void invalidNumbersAndSettingsFailWithoutARequest() throws Exception {
		assertThat(new HttpSmsGateway(settings(TEMPLATE, null)).send(new SmsMessage("138 0000 0000", "hi")).outcome())
				.isEqualTo(Outcome.FAILED);
		Attempt attempt = new HttpSmsGateway(settings("{\"text\":\"{{text}}\"}", null)).send(new SmsMessage("+8613800000000", "hi"));
		assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(attempt.detail()).contains("bodyTemplate");
		assertThat(requests.poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void templateProblemsAreNamedWithMessageKeys() {
		assertThat(settings(TEMPLATE, "/data/msgId").problems()).isEmpty();
		assertThat(settings("", null).problems()).extracting(Violation::field, Violation::code)
				.containsExactly(tuple("bodyTemplate", "notification.sms.http.templateRequired"));
		assertThat(settings("{\"to\":\"{{to}}\"}", null).problems()).extracting(Violation::code, v -> v.args()[0])
				.containsExactly(tuple("notification.sms.http.templatePlaceholderMissing", "{{text}}"));
		assertThat(settings("{\"msg\":\"{{text}}\"}", null).problems()).extracting(Violation::code, v -> v.args()[0])
				.containsExactly(tuple("notification.sms.http.templatePlaceholderMissing", "{{to}}"));
		assertThat(settings("{\"to\":\"{{to}}\",\"msg\":\"{{text}}\",\"x\":\"{{sender}}\"}", null).problems())
				.extracting(Violation::code, v -> v.args()[0])
				.containsExactly(tuple("notification.sms.http.templateUnknownPlaceholder", "{{sender}}"));
		assertThat(settings("{\"to\":{{to}},\"msg\":\"{{text}}\"}", null).problems()).extracting(Violation::code)
				.containsExactly("notification.sms.http.templateInvalidJson");
		assertThat(settings("{\"to\":\"{{to}}\",\"msg\":\"{{text}}\"", null).problems()).extracting(Violation::code)
				.containsExactly("notification.sms.http.templateInvalidJson");
	}

	@Test
	void urlHeaderAndPointerProblemsAreNamedWithMessageKeys() {
		assertThat(codes(new HttpSmsSettings("http://sms.example.com/send", null, null, TEMPLATE, null, null, null)))
				.containsExactly("notification.sms.http.httpsRequired");
		assertThat(codes(new HttpSmsSettings("https://sms.example.com/send", "Authorization", "Bearer t", TEMPLATE, "/id", null, null)))
				.isEmpty();
		assertThat(codes(new HttpSmsSettings("http://localhost:8080/send", null, null, TEMPLATE, null, null, null))).isEmpty();
		assertThat(codes(new HttpSmsSettings("ftp://sms.example.com", null, null, TEMPLATE, null, null, null)))
				.containsExactly("notification.sms.http.urlInvalid");
		assertThat(codes(new HttpSmsSettings(" ", null, null, TEMPLATE, null, null, null)))
				.containsExactly("notification.sms.http.urlRequired");
		assertThat(codes(new HttpSmsSettings("https://sms.example.com", "Bad Header", "v", TEMPLATE, null, null, null)))
				.containsExactly("notification.sms.http.authHeaderInvalid");
		assertThat(codes(new HttpSmsSettings("https://sms.example.com", "X-Key", " ", TEMPLATE, null, null, null)))
				.containsExactly("notification.sms.http.authValueRequired");
		assertThat(codes(new HttpSmsSettings("https://sms.example.com", null, null, TEMPLATE, "data.msgId", null, null)))
				.containsExactly("notification.sms.http.pointerInvalid");
		assertThat(codes(new HttpSmsSettings("https://sms.example.com", null, null, TEMPLATE, null, Duration.ZERO, null)))
				.containsExactly("notification.sms.durationRange");
	}

	@Test
	void theUnknownPlaceholderMessageListsTheKnownOnesInBothLanguages() {
		for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
			String pattern = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
					ResourceBundle.Control.FORMAT_PROPERTIES)).getString("notification.sms.http.templateUnknownPlaceholder");

			assertThat(new MessageFormat(pattern, locale).format(new Object[] { "{{sender}}" }))
					.contains("{{sender}}", "{{to}}", "{{to_digits}}", "{{text}}");
		}
	}

	@Test
	void theAuthValueIsNotInTheSettingsText() {
		assertThat(settings(TEMPLATE, null).toString()).contains("X-Api-Key").doesNotContain("key-123");
	}

	private static List<String> codes(HttpSmsSettings settings) {
		return settings.problems().stream().map(Violation::code).toList();
	}
}
