package io.cotrain.files;

import static org.assertj.core.api.Assertions.assertThat;

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

import io.cotrain.tenancy.Setting;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every reason the store can give and every setting it declares has its text in both message bundles. */
class FileMessagesTest {

	private static final Pattern CODE = Pattern.compile("\"(files\\.[A-Za-z0-9]+)\"");

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	@Test
	void everyCodeAndSettingIsInBothBundles() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/cotrain/files"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		assertThat(codes).contains("files.empty", "files.tooLarge", "files.typeNotAllowed", "files.contentMismatch",
				"files.contentUnknown", "files.textNotUtf8", "files.nameInvalid", "files.noTypeAllowed");
		for (Setting<?> setting : Set.of(FileSettings.MAX_SIZE_MB, FileSettings.DOCUMENTS_ALLOWED, FileSettings.IMAGES_ALLOWED)) {
			codes.add("setting." + setting.key());
			codes.add("setting." + setting.key() + ".help");
		}
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			assertThat(keys(bundle)).as(bundle).containsAll(codes);
		}
	}
}
