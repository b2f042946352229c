package io.cotrain.notification.channel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every settings problem the mail and robot adapters can report has its text in both bundles. */
class ChannelSettingsMessagesTest {

	private static final Pattern KEY = Pattern.compile("\"(notification\\.(?:mail|robot)\\.[A-Za-z]+)\"");

	@Test
	void everyProblemKeyOfTheAdaptersHasBothTexts() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/cotrain/notification/channel"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).contains("notification.mail.hostRequired", "notification.robot.hostNotAllowed")
			.hasSizeGreaterThanOrEqualTo(15);
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			assertThat(properties.stringPropertyNames()).as(bundle).containsAll(used);
		}
	}
}
