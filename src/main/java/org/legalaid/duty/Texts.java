package org.legalaid.duty;

import org.legalaid.shared.RuleViolation;

/** Free-text rules of this module's forms. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * The text stripped (null when blank), refused on {@code field} when longer than {@code max} or holding markup or
	 * control characters other than line breaks and tabs.
	 */
	static String plain(String field, String text, int max) {
		String s = blankToNull(text);
		if (s != null && (s.length() > max
				|| s.chars().anyMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')))) {
			throw new RuleViolation(field, "duty.error.text.invalid", max);
		}
		return s;
	}

	/** Escapes LIKE wildcards for a pattern with {@code ESCAPE '\\'}. */
	static String likeEscape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
