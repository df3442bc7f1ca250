package org.legalaid.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key a template uses exists, and Chinese and English bundles have the same keys. */
class MessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	private Properties load(String pattern) throws IOException {
		Properties all = new Properties();
		for (var r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/" + pattern)) {
			try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
				all.load(in);
			}
		}
		return all;
	}

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties zh = new Properties();
		Properties en = load("*_en.properties");
		for (var r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			if (!r.getFilename().contains("_")) {
				try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
					zh.load(in);
				}
			}
		}
		assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
		zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
	}

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Properties zh = load("*.properties");
		Set<String> missing = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file));
				while (m.find()) {
					if (!zh.containsKey(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void enumBackedKeysExistForEveryValue() throws IOException {
		Properties zh = load("*.properties");
		for (var role : org.legalaid.shared.Role.values()) {
			assertThat(zh).containsKey(role.messageKey());
		}
		for (var kind : org.legalaid.network.UnitKind.values()) {
			assertThat(zh).containsKey(kind.messageKey());
		}
		for (var host : org.legalaid.network.HostInstitution.values()) {
			assertThat(zh).containsKey(host.messageKey());
		}
		for (var level : org.legalaid.network.DivisionLevel.values()) {
			assertThat(zh).containsKey(level.messageKey());
		}
		for (var status : org.legalaid.intake.ApplicationStatus.values()) {
			assertThat(zh).containsKey(status.messageKey());
		}
		for (var channel : org.legalaid.intake.Channel.values()) {
			assertThat(zh).containsKey(channel.messageKey());
		}
	}
}
