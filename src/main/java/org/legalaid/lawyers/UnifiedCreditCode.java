package org.legalaid.lawyers;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-Y} without I, O, S, V and Z, the last a check character (weights 3^i mod 31, modulus 31).
 */
public final class UnifiedCreditCode {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedCreditCode() {
	}

	/** Whether the code (trimmed, upper case) is well formed and its check character is right. */
	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARS.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String body17) {
		if (body17 == null || body17.length() != 17) {
			throw new IllegalArgumentException("the body is 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARS.indexOf(body17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a credit code character: " + body17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARS.charAt(check == 31 ? 0 : check);
	}
}
