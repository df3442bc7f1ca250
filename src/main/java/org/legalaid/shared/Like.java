package org.legalaid.shared;

/**
 * User text as a LIKE pattern, its wildcards and backslashes escaped: the query says {@code LIKE :p ESCAPE '\'}, which
 * H2 and PostgreSQL read alike.
 */
public final class Like {

	private Like() {
	}

	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A pattern for values containing the text. */
	public static String contains(String text) {
		return "%" + escape(text) + "%";
	}

	/** A pattern for values starting with the text. */
	public static String startsWith(String text) {
		return escape(text) + "%";
	}
}
