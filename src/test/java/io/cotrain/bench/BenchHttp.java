package io.cotrain.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One client of the running application as a browser (its own cookies, so a session after {@link #signIn}) or an
 * API caller (an Authorization header per request). A response other than the expected status is an error: the
 * benchmark would otherwise time error pages.
 */
final class BenchHttp {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	BenchHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The login form with its CSRF token, as a browser submits it; afterwards this client has a session. */
	BenchHttp signIn(String username, String password) {
		Matcher csrf = CSRF_INPUT.matcher(get("/login", Map.of(), 200));
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return this;
	}

	/** The body of a GET answered with {@code status}. */
	String get(String path, Map<String, String> headers, int status) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return expect(send(request.build()), status);
	}

	String postJson(String path, String authorization, String json, int status) {
		return expect(send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
			.header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build()), status);
	}

	/** A multipart upload of one file in field {@code file}, as the import API takes it. */
	String postFile(String path, String authorization, String fileName, byte[] content, int status) {
		String boundary = "----cotrain-bench-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return expect(send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()), status);
	}

	private static String expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			String body = response.body();
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
					+ ", not " + status + ": " + body.substring(0, Math.min(2000, body.length())));
		}
		return response.body();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
