package org.legalaid.wages;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from the 31
 * allowed (digits and upper-case letters without I, O, Z, S and V); characters 3 to 8 are the registering division's
 * code; the last is a check character, weighted modulo 31 over the first 17.
 */
final class CreditCode {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** Upper case, without spaces; null for blank input. */
	static String normalise(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return code.replace(" ", "").strip().toUpperCase(java.util.Locale.ROOT);
	}

	static boolean valid(String code) {
		if (code == null || code.length() != 18 || !code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARSET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * WEIGHTS[i];
		}
		return code.charAt(17) == checkCharacter(sum);
	}

	/** The check character for the first 17 characters (which must be valid). */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return checkCharacter(sum);
	}

	private static char checkCharacter(int sum) {
		return CHARSET.charAt((31 - sum % 31) % 31);
	}
}
