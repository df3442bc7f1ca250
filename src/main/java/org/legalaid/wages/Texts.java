package org.legalaid.wages;

import org.legalaid.shared.PlainText;
import org.legalaid.shared.RuleViolation;

/** The free-text rule of the module: no markup, no control characters but line breaks and tabs, within a length. */
final class Texts {

	private Texts() {
	}

	/** The text stripped, or null when blank; refuses markup, control characters and overlong text for the field. */
	static String clean(String field, String text, int max) {
		return PlainText.clean(field, text, max, "wages.error.text.invalid");
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
