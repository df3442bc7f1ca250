package org.legalaid.shared;

/**
 * The platform's one rule for free text typed by people: trimmed, blank as nothing, and without markup or control
 * characters. Text that may run over several lines keeps its line breaks and tabs; a single-line value (a name, a
 * code) has no control character at all.
 */
public final class PlainText {

	private PlainText() {
	}

	/** The text trimmed, or null when it is null or blank. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** True for text without angle brackets or control characters other than line breaks and tabs (null is plain). */
	public static boolean isPlain(String text) {
		return text == null || text.chars()
			.noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
	}

	/** True for a single-line value without angle brackets or any control character (null is plain). */
	public static boolean isPlainLine(String text) {
		return text == null || text.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
	}

	/**
	 * The text trimmed (null when blank), refused on {@code field} with {@code messageKey} (argument: {@code max}) when
	 * longer than {@code max} or not {@linkplain #isPlain plain}.
	 */
	public static String clean(String field, String text, int max, String messageKey) {
		String s = blankToNull(text);
		if (s != null && (s.length() > max || !isPlain(s))) {
			throw new RuleViolation(field, messageKey, max);
		}
		return s;
	}
}
