package io.cotrain.notification.template;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import io.cotrain.shared.NotFoundException;
import io.cotrain.shared.RuleViolationException;
import io.cotrain.tenancy.AuditLog;
import io.cotrain.tenancy.TenantScope;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of notices: a tenant's override for (key, channel, locale), else the default of the message bundles
 * in the recipient's locale (the zh-CN bundle is the fallback). Parameters are {@code {name}}; a template may only use
 * the parameters its key declares (checked when an override is saved or previewed), and a notice must give every
 * parameter its wording uses (checked when rendering). Saving and resetting an override are audited.
 */
@Service
public class Templates {

	/** The locales a wording exists in, the default first. */
	public static final List<String> LOCALES = List.of("zh-CN", "en");

	/** The longest subject (column {@code notification_template.subject}). */
	public static final int MAX_SUBJECT = 300;

	private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final Map<String, NotificationTemplate> declared;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	Templates(List<NotificationTemplate> declared, MessageSource messages, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.declared = declared.stream().collect(Collectors.toMap(NotificationTemplate::key, Function.identity()));
		this.messages = messages;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<NotificationTemplate> declared(String key) {
		return Optional.ofNullable(declared.get(key));
	}

	/** Every template the modules declare, by key. */
	public List<NotificationTemplate> declaredTemplates() {
		return declared.values().stream().sorted(Comparator.comparing(NotificationTemplate::key)).toList();
	}

	/** The locale tag of the wording used for a recipient's locale: {@code en} or the default {@code zh-CN}. */
	public static String localeTag(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
	}

	/**
	 * The wording in force for a channel and locale in the current tenant: the tenant's override, else the default.
	 *
	 * @throws NotFoundException for a key no module declares or a locale other than {@link #LOCALES}
	 */
	@Transactional(readOnly = true)
	public Wording wording(String key, Channel channel, String localeTag) {
		require(key, localeTag);
		return override(key, channel, localeTag).orElseGet(() -> defaults(key, channel, localeTag));
	}

	/** The wording in force for every channel and locale of a template (channels in order, then {@link #LOCALES}). */
	@Transactional(readOnly = true)
	public List<Wording> wordings(String key) {
		require(key);
		Map<String, Wording> overrides = jdbc.sql("""
				select template_key, channel, locale, subject, body, updated_at from notification_template
				where template_key = :key""")
			.param("key", key).query(Templates::wording).list().stream()
			.collect(Collectors.toMap(w -> w.channel() + "/" + w.locale(), Function.identity()));
		List<Wording> all = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			for (String locale : LOCALES) {
				all.add(Optional.ofNullable(overrides.get(channel + "/" + locale)).orElseGet(() -> defaults(key, channel, locale)));
			}
		}
		return all;
	}

	/**
	 * Renders a notice's subject and body for a channel and locale, in the current tenant scope.
	 *
	 * @throws MissingParameterException when the wording uses a parameter the notice does not give
	 */
	@Transactional(readOnly = true, noRollbackFor = MissingParameterException.class)
	public Rendered render(String key, Channel channel, Locale locale, Map<String, String> params) {
		String tag = localeTag(locale);
		Wording wording = override(key, channel, tag).orElseGet(() -> defaults(key, channel, tag));
		return new Rendered(fill(wording.subject(), params, false), fill(wording.body(), params, false));
	}

	/**
	 * Renders a wording that is being edited with sample values, checked as {@link #save} would check it; a parameter
	 * without a sample stays {@code {name}}.
	 *
	 * @throws RuleViolationException as {@link #save}
	 */
	public Rendered preview(String key, String subject, String body, Map<String, String> samples) {
		NotificationTemplate template = declared(key)
			.orElseThrow(() -> RuleViolationException.of("key", "notification.template.unknownKey", key));
		List<RuleViolationException.Violation> violations = new ArrayList<>();
		check("subject", subject, template, violations);
		check("body", body, template, violations);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Rendered(fill(subject.trim(), samples, true), fill(body.trim(), samples, true));
	}

	/**
	 * Saves (replaces) the tenant's wording of a template for a channel and locale.
	 *
	 * @throws RuleViolationException for an unknown key, a blank subject or body, a subject longer than
	 * {@link #MAX_SUBJECT}, or a parameter the key does not declare
	 */
	@Transactional
	public void save(String key, Channel channel, String localeTag, String subject, String body) {
		NotificationTemplate template = declared(key)
			.orElseThrow(() -> RuleViolationException.of("key", "notification.template.unknownKey", key));
		List<RuleViolationException.Violation> violations = new ArrayList<>();
		if (!LOCALES.contains(localeTag)) {
			violations.add(new RuleViolationException.Violation("locale", "notification.template.unknownLocale", localeTag));
		}
		check("subject", subject, template, violations);
		check("body", body, template, violations);
		if (subject != null && subject.trim().length() > MAX_SUBJECT) {
			violations.add(new RuleViolationException.Violation("subject", "notification.template.tooLong", MAX_SUBJECT));
		}
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
			.param("body", body.trim()).param("now", Timestamp.from(clock.instant())).update();
		audit.record("NOTIFICATION_TEMPLATE_SAVED", "notification_template", key, Map.of("channel", channel.name(), "locale", localeTag));
	}

	/**
	 * Deletes the tenant's override, so the default applies again.
	 *
	 * @return whether there was an override
	 * @throws NotFoundException for a key no module declares or a locale other than {@link #LOCALES}
	 */
	@Transactional
	public boolean reset(String key, Channel channel, String localeTag) {
		require(key, localeTag);
		int deleted = jdbc.sql("delete from notification_template where template_key = :key and channel = :channel and locale = :locale")
			.param("key", key).param("channel", channel.name()).param("locale", localeTag).update();
		if (deleted > 0) {
			audit.record("NOTIFICATION_TEMPLATE_RESET", "notification_template", key, Map.of("channel", channel.name(), "locale", localeTag));
		}
		return deleted > 0;
	}

	private NotificationTemplate require(String key) {
		return declared(key).orElseThrow(() -> new NotFoundException("notification-template", key));
	}

	private void require(String key, String localeTag) {
		require(key);
		if (!LOCALES.contains(localeTag)) {
			throw new NotFoundException("notification-template-locale", localeTag);
		}
	}

	private Optional<Wording> override(String key, Channel channel, String localeTag) {
		return jdbc.sql("""
				select template_key, channel, locale, subject, body, updated_at from notification_template
				where template_key = :key and channel = :channel and locale = :locale""")
			.param("key", key).param("channel", channel.name()).param("locale", localeTag).query(Templates::wording).optional();
	}

	private static Wording wording(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Wording(rs.getString("template_key"), Channel.valueOf(rs.getString("channel")), rs.getString("locale"),
				rs.getString("subject"), rs.getString("body"), true, rs.getTimestamp("updated_at").toInstant());
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

	private Wording defaults(String key, Channel channel, String localeTag) {
		Locale locale = Locale.forLanguageTag(localeTag);
		String base = "notification.template." + key;
		String subject = messages.getMessage(base + ".subject", null, locale);
		String body = messages.getMessage(base + "." + channel.name().toLowerCase(Locale.ROOT) + ".body", null, null, locale);
		return new Wording(key, channel, localeTag, subject, body != null ? body : messages.getMessage(base + ".body", null, locale),
				false, null);
	}

	static Set<String> parameters(String text) {
		Set<String> names = new TreeSet<>();
		Matcher m = PARAMETER.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** @param keepMissing leave a parameter without value as {@code {name}} instead of throwing */
	private static String fill(String text, Map<String, String> params, boolean keepMissing) {
		Matcher m = PARAMETER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = params.get(m.group(1));
			if (value == null && !keepMissing) {
				throw new MissingParameterException(m.group(1));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
		}
		return m.appendTail(out).toString();
	}

	public record Rendered(String subject, String body) {
	}

	/**
	 * A template's wording for one channel and locale.
	 *
	 * @param override true for the tenant's own wording, false for the default of the message bundles
	 * @param updatedAt when the override was last saved; null for the default
	 */
	public record Wording(String key, Channel channel, String locale, String subject, String body, boolean override,
			Instant updatedAt) {
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
