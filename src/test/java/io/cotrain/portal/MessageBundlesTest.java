package io.cotrain.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cotrain.tenancy.Role;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The zh-CN default and the English bundle stay in step, and every text a template asks for exists. */
class MessageBundlesTest {

	/** {@code #{key}} or {@code #{key(args)}}; dynamic keys ({@code #{${...}}}, {@code #{'role.' + ...}}) do not match. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.\\-]*)");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	@Test
	void bothBundlesHaveExactlyTheSameKeys() throws IOException {
		Set<String> chinese = keys(load("messages.properties"));
		Set<String> english = keys(load("messages_en.properties"));
		assertThat(chinese).hasSizeGreaterThan(50);
		assertThat(english).as("keys only in one of the bundles").containsExactlyInAnyOrderElementsOf(chinese);
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = load(bundle);
			Map<String, String> blank = new TreeMap<>();
			properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank())
				.forEach(k -> blank.put(k, properties.getProperty(k)));
			assertThat(blank).as(bundle).isEmpty();
		}
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Set<String> seen = new HashSet<>();
			List<String> duplicates = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				boolean continued = false;
				while ((line = reader.readLine()) != null) {
					String trimmed = line.strip();
					boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
					continued = trimmed.endsWith("\\");
					if (startsEntry) {
						String key = trimmed.split("\\s*[=:]", 2)[0].strip();
						if (!seen.add(key)) {
							duplicates.add(key);
						}
					}
				}
			}
			assertThat(seen).as(bundle).isNotEmpty();
			assertThat(duplicates).as(bundle).isEmpty();
		}
	}

	@Test
	void theDefaultBundleIsChineseAndTheOtherEnglish() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(chinese.getProperty("nav.logout")).isEqualTo("退出登录");
		assertThat(english.getProperty("nav.logout")).isEqualTo("Log out");
		long untranslated = chinese.stringPropertyNames().stream()
			.filter(k -> chinese.getProperty(k).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
			.filter(k -> !k.equals("app.name") && !k.matches("(NotBlank|NotEmpty|Size|Min|Max|typeMismatch)"))
			.count();
		// language names are written in their own language in both bundles (lang.zh=中文)
		assertThat(english.stringPropertyNames().stream().filter(k -> !k.startsWith("lang."))
			.filter(k -> english.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)))
			.as("English texts with Chinese characters").isEmpty();
		assertThat(untranslated).as("Chinese texts without Chinese characters").isLessThan(chinese.size() / 10);
	}

	@Test
	void everyKeyATemplateUsesExistsInBothBundles() throws IOException {
		Set<String> chinese = keys(load("messages.properties"));
		Set<String> english = keys(load("messages_en.properties"));
		Map<String, Set<String>> usedBy = new TreeMap<>();
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(5);
		for (Resource template : templates) {
			String html;
			try (InputStream in = template.getInputStream()) {
				html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Matcher keys = TEMPLATE_KEY.matcher(html);
			while (keys.find()) {
				usedBy.computeIfAbsent(keys.group(1), k -> new TreeSet<>()).add(template.getFilename());
			}
		}
		assertThat(usedBy).containsKeys("app.name", "login.title", "nav.logout", "home.welcome");
		Map<String, Set<String>> missing = new TreeMap<>();
		usedBy.forEach((key, files) -> {
			if (!chinese.contains(key) || !english.contains(key)) {
				missing.put(key, files);
			}
		});
		assertThat(missing).as("keys used in templates but missing in a bundle").isEmpty();
	}

	@Test
	void everyRoleHasALabel() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Set<String> keys = keys(load(bundle));
			for (Role role : Role.values()) {
				assertThat(keys).as(bundle).contains("role." + role.name());
			}
		}
	}
}
