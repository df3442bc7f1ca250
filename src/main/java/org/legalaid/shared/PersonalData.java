package org.legalaid.shared;

/**
 * Protection of personal data at rest (ID numbers, phones, addresses, hardship facts): authenticated encryption
 * for storage, and a keyed hash for exact lookup without decrypting. Every module that stores personal data uses
 * this one port.
 */
public interface PersonalData {

	/** Encrypts a value for storage; null stays null. Each call gives a different ciphertext. */
	String encrypt(String plain);

	/** Decrypts a stored value; refuses a tampered or foreign ciphertext. */
	String decrypt(String stored);

	/**
	 * A keyed hash of the value after normalisation (trimmed, upper case, inner spaces removed), for exact
	 * lookup and duplicate detection. Stable for a given key.
	 */
	String lookupKey(String plain);
}
