package org.legalaid.access;

import org.legalaid.shared.RuleViolation;

/** Staff passwords: at least 10 characters with letters and digits, not the username. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 72) {
			throw new RuleViolation(field, "password.error.length", MIN_LENGTH);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new RuleViolation(field, "password.error.mix");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			throw new RuleViolation(field, "password.error.username");
		}
	}
}
