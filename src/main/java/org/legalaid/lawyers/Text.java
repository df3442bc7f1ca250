package org.legalaid.lawyers;

import org.legalaid.shared.PlainText;
import org.legalaid.shared.RuleViolation;

/** Free text as typed: trimmed, blank as null, no markup or control characters, within a length. */
final class Text {

	private Text() {
	}

	/** The trimmed text or null when blank; refused when too long or holding markup or any control character. */
	static String plain(String value, String field, int max) {
		String text = PlainText.blankToNull(value);
		if (text != null && (text.length() > max || !PlainText.isPlainLine(text))) {
			throw new RuleViolation(field, "lawyers.error.text", max);
		}
		return text;
	}
}
