package org.legalaid.defence;

/** Free-text rules of this module. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** True for text without markup or control characters other than line breaks and tabs (null counts as plain). */
	static boolean plain(String text) {
		return text == null || text.chars()
			.noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
	}
}
