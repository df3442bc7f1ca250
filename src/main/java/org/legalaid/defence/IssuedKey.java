package org.legalaid.defence;

/** An API key or callback secret just issued: shown once, then only its hash (or ciphertext) is kept. */
public record IssuedKey(long id, String secret) {

	@Override
	public String toString() {
		return "IssuedKey[" + id + "]";
	}
}
