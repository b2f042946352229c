package io.cotrain.spreadsheet;

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

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every reason the module can give, and every text it writes into files, is in both message bundles. */
class SpreadsheetMessagesTest {

	private static final Pattern CODE = Pattern.compile("\"(spreadsheet\\.[a-z]+\\.[A-Za-z]+)\"");

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	@Test
	void everyCodeInTheModulesSourcesIsInBothBundles() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/cotrain/spreadsheet"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		for (ColumnType type : ColumnType.values()) {
			codes.add("spreadsheet.type." + type.name());
			codes.add("spreadsheet.format." + type.name());
		}
		assertThat(codes).hasSizeGreaterThan(40).contains("spreadsheet.error.required", "spreadsheet.file.tooManyRows",
				"spreadsheet.preview.expired");
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			assertThat(keys(bundle)).as(bundle).containsAll(codes);
		}
	}
}
