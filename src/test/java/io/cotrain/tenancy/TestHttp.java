package io.cotrain.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls against the running application, with Basic or Bearer authentication. */
public final class TestHttp {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;
	private final JsonMapper json;

	public TestHttp(int port, JsonMapper json) {
		this.base = "http://localhost:" + port;
		this.json = json;
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public HttpResponse<String> get(String path, String authorization) {
		return send("GET", path, authorization, null);
	}

	public HttpResponse<String> post(String path, String authorization, String jsonBody) {
		return send("POST", path, authorization, jsonBody);
	}

	public HttpResponse<String> delete(String path, String authorization) {
		return send("DELETE", path, authorization, null);
	}

	public HttpResponse<String> send(String method, String path, String authorization, String jsonBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	public static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}
}
