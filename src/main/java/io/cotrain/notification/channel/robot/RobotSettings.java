package io.cotrain.notification.channel.robot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.cotrain.shared.RuleViolationException.Violation;

/**
 * A group robot: its kind, webhook URL and optional signing secret. Checked with {@link #problems(Collection)}
 * (message keys {@code notification.robot.*}). The URL must be the provider's own HTTPS endpoint, so a tenant cannot
 * make the server post to an address of its choice (SSRF); {@link RobotProperties#allowedHosts()} adds hosts for
 * tests and private deployments.
 *
 * @param kind the provider
 * @param webhookUrl the robot's webhook URL, e.g. {@code https://oapi.dingtalk.com/robot/send?access_token=…}
 * @param secret the signing secret (DingTalk "加签", Feishu "签名校验"), or null; stored encrypted by the caller
 */
public record RobotSettings(Kind kind, String webhookUrl, String secret) {

	public enum Kind {
		DINGTALK(Set.of("oapi.dingtalk.com"), true),
		WECOM(Set.of("qyapi.weixin.qq.com"), false),
		FEISHU(Set.of("open.feishu.cn", "open.larksuite.com"), true);

		private final Set<String> hosts;
		private final boolean signs;

		Kind(Set<String> hosts, boolean signs) {
			this.hosts = hosts;
			this.signs = signs;
		}

		/** The provider's webhook hosts. */
		public Set<String> hosts() {
			return hosts;
		}

		/** Whether the provider knows signing secrets (WeCom robots have none). */
		public boolean signs() {
			return signs;
		}
	}

	/**
	 * What is wrong with these settings, as (field, message key); empty when a gateway can be built from them.
	 *
	 * @param extraHosts hosts allowed besides the provider's, over HTTP or HTTPS on any port
	 */
	public List<Violation> problems(Collection<String> extraHosts) {
		List<Violation> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(new Violation("kind", "notification.robot.kindRequired"));
		}
		if (webhookUrl == null || webhookUrl.isBlank()) {
			problems.add(new Violation("webhookUrl", "notification.robot.urlRequired"));
		}
		else if (kind != null) {
			urlProblem(extraHosts).ifPresent(key -> problems.add(new Violation("webhookUrl", key)));
		}
		if (kind != null && !kind.signs() && hasSecret()) {
			problems.add(new Violation("secret", "notification.robot.secretUnsupported"));
		}
		return List.copyOf(problems);
	}

	boolean hasSecret() {
		return secret != null && !secret.isBlank();
	}

	URI uri() {
		return URI.create(webhookUrl.strip());
	}

	private Optional<String> urlProblem(Collection<String> extraHosts) {
		URI uri;
		try {
			uri = new URI(webhookUrl.strip());
		}
		catch (URISyntaxException e) {
			return Optional.of("notification.robot.urlInvalid");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute() || host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return Optional.of("notification.robot.urlInvalid");
		}
		boolean extra = extraHosts.stream().anyMatch(h -> h.equalsIgnoreCase(host));
		if (extra) {
			return scheme.equals("https") || scheme.equals("http") ? Optional.empty()
					: Optional.of("notification.robot.httpsRequired");
		}
		if (!scheme.equals("https")) {
			return Optional.of("notification.robot.httpsRequired");
		}
		if (!kind.hosts().contains(host) || (uri.getPort() != -1 && uri.getPort() != 443)) {
			return Optional.of("notification.robot.hostNotAllowed");
		}
		return Optional.empty();
	}

	/** Never shows the secret, nor the URL's access token. */
	@Override
	public String toString() {
		return "RobotSettings[" + kind + ", secret " + (hasSecret() ? "set" : "none") + "]";
	}
}
