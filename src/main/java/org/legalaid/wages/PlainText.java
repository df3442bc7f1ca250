package org.legalaid.wages;

import org.legalaid.shared.RuleViolation;

/** The free-text rule of the module: no markup, no control characters but line breaks and tabs, within a length. */
final class PlainText {

	private PlainText() {
	}

	/** The text stripped, or null when blank; refuses markup, control characters and overlong text for the field. */
	static String clean(String field, String text, int max) {
		String s = text == null || text.isBlank() ? null : text.strip();
		if (s != null && (s.length() > max
				|| s.chars().anyMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')))) {
			throw new RuleViolation(field, "wages.error.text.invalid", max);
		}
		return s;
	}

	/** {@link #clean} of a text that must be given. */
	static String required(String field, String text, int max, String missingKey) {
		String s = clean(field, text, max);
		if (s == null) {
			throw new RuleViolation(field, missingKey);
		}
		return s;
	}
}
