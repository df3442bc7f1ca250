package org.legalaid.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the personal-data keys come from: {@code legalaid.crypto.data-key} and {@code legalaid.crypto.hash-key}
 * (base64, 32 bytes each; e.g. environment variables {@code LEGALAID_CRYPTO_DATA_KEY} and
 * {@code LEGALAID_CRYPTO_HASH_KEY}). Under the {@code prod} profile both are required and startup fails without
 * them. Elsewhere (a first run on the embedded database) missing keys are generated once into
 * {@code legalaid.crypto.key-file} (default {@code ./data/personal-data.keys}), next to the data they protect.
 */
@Configuration
class PersonalDataKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);
	static final String DATA_KEY = "legalaid.crypto.data-key";
	static final String HASH_KEY = "legalaid.crypto.hash-key";

	@Bean
	PersonalData personalData(Environment env) {
		String data = env.getProperty(DATA_KEY);
		String hash = env.getProperty(HASH_KEY);
		if (isBlank(data) || isBlank(hash)) {
			if (env.matchesProfiles("prod")) {
				throw new IllegalStateException("the prod profile needs " + DATA_KEY + " and " + HASH_KEY
						+ " (base64, 32 bytes each): personal data is never stored without configured keys");
			}
			Properties keys = keyFile(Path.of(env.getProperty("legalaid.crypto.key-file", "./data/personal-data.keys")));
			data = keys.getProperty(DATA_KEY);
			hash = keys.getProperty(HASH_KEY);
		}
		return new AesGcmPersonalData(decode(DATA_KEY, data), decode(HASH_KEY, hash));
	}

	static Properties keyFile(Path file) {
		Properties keys = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader in = Files.newBufferedReader(file)) {
					keys.load(in);
				}
				return keys;
			}
			SecureRandom random = new SecureRandom();
			for (String name : new String[] { DATA_KEY, HASH_KEY }) {
				byte[] key = new byte[32];
				random.nextBytes(key);
				keys.setProperty(name, Base64.getEncoder().encodeToString(key));
			}
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			try (Writer out = Files.newBufferedWriter(file)) {
				keys.store(out, "LegalAid personal-data keys for this embedded database; keep with the data, never commit");
			}
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system
			}
			log.warn("generated personal-data keys in {}; configure {} and {} for production", file, DATA_KEY, HASH_KEY);
			return keys;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the personal-data key file " + file, e);
		}
	}

	private static byte[] decode(String name, String value) {
		try {
			byte[] key = Base64.getDecoder().decode(value.strip());
			if (key.length != 32) {
				throw new IllegalStateException(name + " must be 32 bytes, base64-encoded (it is " + key.length + ")");
			}
			return key;
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(name + " is not valid base64", e);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
