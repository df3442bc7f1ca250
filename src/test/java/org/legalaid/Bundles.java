package org.legalaid;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/** A message bundle read as it is on the class path ({@code i18n/<name>}), for tests that check its keys. */
public final class Bundles {

	private Bundles() {
	}

	public static Properties load(String name) {
		Properties p = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name).getInputStream(), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
