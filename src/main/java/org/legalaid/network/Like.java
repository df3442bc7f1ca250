package org.legalaid.network;

/** Escapes user text for a LIKE pattern with {@code ESCAPE '\'}. */
final class Like {

	private Like() {
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
