package org.legalaid;

/** Valid resident ID numbers for tests: a county, a birth date and a running sequence, with the check character. */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static int sequence = (int) (System.nanoTime() % 900);

	private IdNumbers() {
	}

	public static String of(String county, String birth, int sequenceNumber) {
		String body = county + birth + String.format("%03d", sequenceNumber);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** A number not handed out before in this test run. */
	public static synchronized String fresh() {
		sequence = sequence % 998 + 1;
		return of("620102", "1985" + String.format("%02d", 1 + sequence % 12) + "15", sequence);
	}

	/** The same number with a wrong check character. */
	public static String withWrongCheck(String valid) {
		return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
	}
}
