package org.legalaid.lawyers;

import java.util.ArrayList;
import java.util.List;

/**
 * Division-code prefixes. A provider serves a case when the case's division code starts with one of the provider's
 * prefixes, so the providers serving a code are found by the code's own prefixes at the lengths of the division
 * levels (2, 4, 6, 9 and 12 digits) and the national '' — an indexed IN, never a scan.
 */
final class Regions {

	static final int[] LEVEL_LENGTHS = { 2, 4, 6, 9, 12 };

	private Regions() {
	}

	/** '' and every level prefix of the code: 620102 → '', 62, 6201, 620102. A 6-digit 620100 stops at 6201. */
	static List<String> prefixesOf(String code) {
		List<String> prefixes = new ArrayList<>();
		prefixes.add("");
		String significant = significant(code);
		for (int length : LEVEL_LENGTHS) {
			if (length <= significant.length()) {
				prefixes.add(significant.substring(0, length));
			}
		}
		return prefixes;
	}

	/** The code without the trailing zeros of a 6-digit province or prefecture code (620000 → 62, 620100 → 6201). */
	static String significant(String code) {
		if (code.length() == 6 && code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.length() == 6 && code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	/** Whether the text is a division code or prefix at one of the levels (2, 4, 6, 9 or 12 digits). */
	static boolean wellFormed(String code) {
		return code != null && code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");
	}
}
