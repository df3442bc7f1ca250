package org.legalaid.lawyers;

/** Escapes user text for a LIKE pattern (backslash, the default escape on H2 and PostgreSQL). */
final class Like {

	private Like() {
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
