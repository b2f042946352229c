package io.cotrain.tenancy;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One browser (its own cookies, so its own session) against the running application's UI. */
public final class TestBrowser {

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	public TestBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Submits the login form; returns where it redirects to ({@code /} on success). */
	public String login(String username, String password) {
		return redirectPath(postForm("/login", Map.of("username", username, "password", password), csrf(get("/login"))));
	}

	/** Signs in and checks the home page answers. */
	public TestBrowser signIn(String username, String password) {
		assertThat(login(username, password)).as("login of %s", username).isEqualTo("/");
		assertThat(get("/").statusCode()).isEqualTo(200);
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	/** A GET with extra headers, e.g. {@code HX-Request} as htmx sends it. */
	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Posts a form with the given CSRF token (null: none). */
	public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrf) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (csrf != null) {
			form.put("_csrf", csrf);
		}
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** Posts a multipart form with one file field (as the spreadsheet upload forms send it, CSRF token in the body). */
	public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content, String csrf) {
		String boundary = "----cotrain-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		try {
			if (csrf != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	/**
	 * Posts a multipart form with text fields (a list value is sent once per element) and one file field (null file name:
	 * the field is sent empty, as a browser sends a file input with nothing chosen).
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, ?> fields, String fileField, String fileName, byte[] content,
			String csrf) {
		String boundary = "----cotrain-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		try {
			Map<String, Object> all = new LinkedHashMap<>(fields);
			if (csrf != null) {
				all.put("_csrf", csrf);
			}
			for (Map.Entry<String, Object> field : all.entrySet()) {
				java.util.List<?> values = field.getValue() instanceof java.util.List<?> list ? list : java.util.List.of(field.getValue());
				for (Object value : values) {
					body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + value
							+ "\r\n").getBytes(StandardCharsets.UTF_8));
				}
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ (fileName == null ? "" : fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content == null ? new byte[0] : content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	/** A GET answered as bytes (a downloaded file). */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String csrf(HttpResponse<String> page) {
		Matcher m = CSRF_INPUT.matcher(page.body());
		assertThat(m.find()).as("hidden _csrf input in %s", page.uri()).isTrue();
		return m.group(1);
	}

	/** Path and query of a 302's Location. */
	public static String redirectPath(HttpResponse<?> response) {
		assertThat(response.statusCode()).as("redirect from %s", response.uri()).isEqualTo(302);
		URI location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
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
