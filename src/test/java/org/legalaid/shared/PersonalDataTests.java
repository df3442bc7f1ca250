package org.legalaid.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalDataTests {

	private static byte[] key(int seed) {
		byte[] k = new byte[32];
		for (int i = 0; i < k.length; i++) {
			k[i] = (byte) (seed + i);
		}
		return k;
	}

	private final PersonalData data = new AesGcmPersonalData(key(1), key(2));

	@Test
	void encryptsWithAFreshIvAndDecryptsBack() {
		String a = data.encrypt("11010519491231002X");
		String b = data.encrypt("11010519491231002X");
		assertThat(a).startsWith("v1:").doesNotContain("11010519491231002X").isNotEqualTo(b);
		assertThat(data.decrypt(a)).isEqualTo("11010519491231002X");
		assertThat(data.decrypt(data.encrypt("甘肃省兰州市城关区某路 1 号"))).isEqualTo("甘肃省兰州市城关区某路 1 号");
		assertThat(data.encrypt(null)).isNull();
	}

	@Test
	void refusesTamperedOrForeignCiphertext() {
		String sealed = data.encrypt("13800001234");
		byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
		raw[raw.length - 1] ^= 1;
		assertThatIllegalArgumentException().isThrownBy(() -> data.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AesGcmPersonalData(key(9), key(2)).decrypt(sealed));
		assertThatIllegalArgumentException().isThrownBy(() -> data.decrypt("13800001234"));
	}

	@Test
	void lookupKeysAreStableNormalisedAndKeyed() {
		assertThat(data.lookupKey(" 11010519491231002x ")).isEqualTo(data.lookupKey("11010519491231002X")).hasSize(64);
		assertThat(data.lookupKey("138 0000 1234")).isEqualTo(data.lookupKey("13800001234"));
		assertThat(new AesGcmPersonalData(key(1), key(3)).lookupKey("13800001234")).isNotEqualTo(data.lookupKey("13800001234"));
	}

	@Test
	void theProductionProfileRefusesToStartWithoutKeys() {
		var env = new MockEnvironment();
		env.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys().personalData(env))
			.withMessageContaining("legalaid.crypto.data-key");
	}

	@Test
	void configuredKeysAreUsedAndMustBe256Bits() {
		var env = new MockEnvironment().withProperty(PersonalDataKeys.DATA_KEY, Base64.getEncoder().encodeToString(key(1)))
			.withProperty(PersonalDataKeys.HASH_KEY, Base64.getEncoder().encodeToString(key(2)));
		env.setActiveProfiles("prod");
		assertThat(new PersonalDataKeys().personalData(env).decrypt(data.encrypt("x"))).isEqualTo("x");
		var shortKey = new MockEnvironment().withProperty(PersonalDataKeys.DATA_KEY, "c2hvcnQ=")
			.withProperty(PersonalDataKeys.HASH_KEY, "c2hvcnQ=");
		assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys().personalData(shortKey)).withMessageContaining("32 bytes");
	}

	@Test
	void aFirstEmbeddedRunGeneratesKeysOnceAndKeepsThem(@TempDir Path dir) {
		Path file = dir.resolve("data/personal-data.keys");
		var env = new MockEnvironment().withProperty("legalaid.crypto.key-file", file.toString());
		PersonalData first = new PersonalDataKeys().personalData(env);
		assertThat(Files.exists(file)).isTrue();
		PersonalData again = new PersonalDataKeys().personalData(env);
		assertThat(again.decrypt(first.encrypt("13800001234"))).isEqualTo("13800001234");
	}
}
