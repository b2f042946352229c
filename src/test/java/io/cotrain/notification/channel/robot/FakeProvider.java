package io.cotrain.notification.channel.robot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server standing in for a robot provider: records each request and answers as told. */
public final class FakeProvider implements AutoCloseable {

	public record Received(String method, String path, String rawQuery, String contentType, String body) {
	}

	private final HttpServer server;
	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
	private volatile int status = 200;
	private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

	public FakeProvider() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"), body));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		server.start();
	}

	public FakeProvider answering(int status, String answer) {
		this.status = status;
		this.answer = answer;
		return this;
	}

	public String url(String pathAndQuery) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
	}

	/** The one request received since the last call. */
	public Received request() {
		Received request = received.poll();
		if (request == null || !received.isEmpty()) {
			throw new AssertionError("expected exactly one request, got " + (request == null ? 0 : 1 + received.size()));
		}
		return request;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
