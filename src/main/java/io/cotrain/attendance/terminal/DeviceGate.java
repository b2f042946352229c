package io.cotrain.attendance.terminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the device endpoints: a per-device rate limit ({@link DeviceRateLimit}; 503 with
 * {@code Retry-After}), then the body read into memory while counting, so a body over {@link TerminalProperties#maxBody}
 * gets 413 whether it has a {@code Content-Length} or comes chunked. The endpoints read the body from here
 * ({@link #body}); request parameters are the query string's only (a device's upload is never a form), and the
 * container's multipart parsing is bypassed (the Hikvision receiver splits the counted body itself).
 */
class DeviceGate extends OncePerRequestFilter {

	private static final String BODY = DeviceGate.class.getName() + ".body";
	static final String HIKVISION_PATH = "/api/v1/devices/hikvision/";

	private final long maxBody;
	private final DeviceRateLimit limit;

	DeviceGate(TerminalProperties properties, Clock clock) {
		this.maxBody = properties.maxBody().toBytes();
		this.limit = new DeviceRateLimit(properties.requestsPerMinute(), clock);
	}

	/** The counted body of a device request (empty when there was none). */
	static byte[] body(HttpServletRequest request) {
		Object body = request.getAttribute(BODY);
		return body instanceof byte[] bytes ? bytes : new byte[0];
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> query = query(request.getQueryString());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String device = path.startsWith(HIKVISION_PATH) ? "token:" + path.substring(HIKVISION_PATH.length())
				: "sn:" + (query.containsKey("SN") ? query.get("SN")[0] : request.getRemoteAddr());
		long retryAfter = limit.acquire(device);
		if (retryAfter > 0) {
			response.setHeader("Retry-After", Long.toString(retryAfter));
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (request.getContentLengthLong() > maxBody) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body = read(request.getInputStream());
		if (body == null) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		request.setAttribute(BODY, body);
		chain.doFilter(new DeviceRequest(request, query, body), response);
	}

	/** The body, or null when it is longer than the limit. */
	private byte[] read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int n; (n = in.read(buffer)) > 0;) {
			total += n;
			if (total > maxBody) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static Map<String, String[]> query(String query) {
		Map<String, String[]> params = new LinkedHashMap<>();
		if (query == null) {
			return params;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			params.merge(name, new String[] { value }, (a, b) -> {
				String[] both = java.util.Arrays.copyOf(a, a.length + 1);
				both[a.length] = b[0];
				return both;
			});
		}
		return params;
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return value;
		}
	}

	private static final class DeviceRequest extends HttpServletRequestWrapper {

		private final Map<String, String[]> query;
		private final byte[] body;

		DeviceRequest(HttpServletRequest request, Map<String, String[]> query, byte[] body) {
			super(request);
			this.query = query;
			this.body = body;
		}

		@Override
		public String getContentType() {
			String type = super.getContentType();
			return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? "application/octet-stream" : type;
		}

		@Override
		public String getParameter(String name) {
			String[] values = query.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(query);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(query.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return query.get(name);
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				/** The whole body is already in memory: it is available at once and then finished. */
				@Override
				public void setReadListener(ReadListener listener) {
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						listener.onAllDataRead();
					}
					catch (java.io.IOException e) {
						listener.onError(e);
					}
				}
			};
		}
	}
}
