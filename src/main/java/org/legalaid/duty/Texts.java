package org.legalaid.duty;

import org.legalaid.shared.PlainText;

/** Free-text rules of this module's forms. */
final class Texts {

	private Texts() {
	}

	/** The text stripped (null when blank), refused on {@code field} when longer than {@code max} or not plain. */
	static String plain(String field, String text, int max) {
		return PlainText.clean(field, text, max, "duty.error.text.invalid");
	}
}
