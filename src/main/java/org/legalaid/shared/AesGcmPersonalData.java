package org.legalaid.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for storage ({@code v1:<base64(iv|ciphertext|tag)>}) and HMAC-SHA-256 for lookup keys, with two
 * separate 256-bit keys. The version prefix leaves room for key rotation.
 */
final class AesGcmPersonalData implements PersonalData {

	private static final String PREFIX = "v1:";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKeySpec dataKey;
	private final SecretKeySpec hashKey;
	private final SecureRandom random = new SecureRandom();

	AesGcmPersonalData(byte[] dataKey, byte[] hashKey) {
		if (dataKey.length != 32 || hashKey.length != 32) {
			throw new IllegalArgumentException("personal-data keys must be 256 bits (32 bytes, base64-encoded)");
		}
		this.dataKey = new SecretKeySpec(dataKey, "AES");
		this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
	}

	@Override
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed", e);
		}
	}

	@Override
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalArgumentException("not an encrypted value");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalArgumentException("encrypted value is damaged or was made with another key", e);
		}
	}

	@Override
	public String lookupKey(String plain) {
		if (plain == null) {
			return null;
		}
		String normalised = plain.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("hashing failed", e);
		}
	}
}
