package io.cotrain.notification.template;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cotrain.notification.Channel;
import io.cotrain.notification.NotificationTemplate;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.TenantScope;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of notices: a tenant's override for (key, channel, locale), else the default of the message bundles
 * in the recipient's locale (the zh-CN bundle is the fallback). Parameters are {@code {name}}; a template may only use
 * the parameters its key declares (checked when an override is saved), and a notice must give every parameter its
 * wording uses (checked when rendering).
 */
@Service
public class Templates {

	private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final Map<String, NotificationTemplate> declared;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Clock clock;

	Templates(List<NotificationTemplate> declared, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.declared = declared.stream().collect(Collectors.toMap(NotificationTemplate::key, Function.identity()));
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<NotificationTemplate> declared(String key) {
		return Optional.ofNullable(declared.get(key));
	}

	/** The locale tag of the wording used for a recipient's locale: {@code en} or the default {@code zh-CN}. */
	public static String localeTag(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
	}

	/**
	 * Renders a notice's subject and body for a channel and locale, in the current tenant scope.
	 *
	 * @throws MissingParameterException when the wording uses a parameter the notice does not give
	 */
	@Transactional(readOnly = true, noRollbackFor = MissingParameterException.class)
	public Rendered render(String key, Channel channel, Locale locale, Map<String, String> params) {
		String tag = localeTag(locale);
		Rendered wording = jdbc.sql("select subject, body from notification_template where template_key = :key and channel = :channel and locale = :locale")
			.param("key", key).param("channel", channel.name()).param("locale", tag)
			.query((rs, n) -> new Rendered(rs.getString("subject"), rs.getString("body"))).optional()
			.orElseGet(() -> defaults(key, channel, Locale.forLanguageTag(tag)));
		return new Rendered(fill(wording.subject(), params), fill(wording.body(), params));
	}

	/**
	 * Saves (replaces) the tenant's wording of a template for a channel and locale.
	 *
	 * @throws RuleViolationException for an unknown key, a blank subject or body, or a parameter the key does not declare
	 */
	@Transactional
	public void save(String key, Channel channel, String localeTag, String subject, String body) {
		NotificationTemplate template = declared(key)
			.orElseThrow(() -> RuleViolationException.of("key", "notification.template.unknownKey", key));
		List<RuleViolationException.Violation> violations = new ArrayList<>();
		if (!Set.of("zh-CN", "en").contains(localeTag)) {
			violations.add(new RuleViolationException.Violation("locale", "notification.template.unknownLocale", localeTag));
		}
		check("subject", subject, template, violations);
		check("body", body, template, violations);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		jdbc.sql("""
				insert into notification_template (id, tenant_id, template_key, channel, locale, subject, body, updated_at)
				values (:id, :tenant, :key, :channel, :locale, :subject, :body, :now)
				on conflict (tenant_id, template_key, channel, locale)
				do update set subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at""")
			.param("id", UUID.randomUUID()).param("tenant", TenantScope.require().tenant().value()).param("key", key)
			.param("channel", channel.name()).param("locale", localeTag).param("subject", subject.trim())
			.param("body", body.trim()).param("now", java.sql.Timestamp.from(clock.instant())).update();
	}

	private static void check(String field, String text, NotificationTemplate template, List<RuleViolationException.Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(new RuleViolationException.Violation(field, "notification.template.required"));
			return;
		}
		Set<String> unknown = new TreeSet<>(parameters(text));
		unknown.removeAll(template.parameters());
		if (!unknown.isEmpty()) {
			violations.add(new RuleViolationException.Violation(field, "notification.template.unknownParameter",
					String.join(", ", unknown), String.join(", ", new TreeSet<>(template.parameters()))));
		}
	}

	private Rendered defaults(String key, Channel channel, Locale locale) {
		String base = "notification.template." + key;
		String subject = messages.getMessage(base + ".subject", null, locale);
		String body = messages.getMessage(base + "." + channel.name().toLowerCase(Locale.ROOT) + ".body", null, null, locale);
		return new Rendered(subject, body != null ? body : messages.getMessage(base + ".body", null, locale));
	}

	static Set<String> parameters(String text) {
		Set<String> names = new TreeSet<>();
		Matcher m = PARAMETER.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static String fill(String text, Map<String, String> params) {
		Matcher m = PARAMETER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = params.get(m.group(1));
			if (value == null) {
				throw new MissingParameterException(m.group(1));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return m.appendTail(out).toString();
	}

	public record Rendered(String subject, String body) {
	}

	/** The wording uses a parameter the notice does not give. */
	public static class MissingParameterException extends RuntimeException {

		public MissingParameterException(String parameter) {
			super(parameter);
		}

		public String parameter() {
			return getMessage();
		}
	}
}
