package org.legalaid.people;

/** How protected values look on pages: enough to recognise, not enough to use. */
final class Masks {

	private static final String HIDDEN = "****";

	private Masks() {
	}

	static String document(IdentityDocumentType type, String number) {
		return ResidentIdNumber.mask(number);
	}

	/** A mobile number keeps its first 3 and last 4 digits ({@code 138****1234}); a landline its area code and last 2. */
	static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() == 11 && phone.startsWith("1")) {
			return phone.substring(0, 3) + HIDDEN + phone.substring(7);
		}
		if (phone.length() <= 6) {
			return HIDDEN;
		}
		int area = phone.startsWith("01") || phone.startsWith("02") ? 3 : 4;
		return phone.substring(0, area) + HIDDEN + phone.substring(phone.length() - 2);
	}

	/**
	 * An address keeps its division part up to the county (the first 区, 县 or 旗 within the first 12 characters, else
	 * the last 省, 市, 州 or 盟 within them); the rest becomes a fixed {@code ****} so the length tells nothing.
	 */
	static String address(String address) {
		if (address == null) {
			return null;
		}
		String head = address.length() > 12 ? address.substring(0, 12) : address;
		int end = -1;
		for (int i = 0; i < head.length(); i++) {
			char c = head.charAt(i);
			if (c == '区' || c == '县' || c == '旗') {
				end = i;
				break;
			}
		}
		if (end < 0) {
			for (int i = 0; i < head.length(); i++) {
				char c = head.charAt(i);
				if (c == '省' || c == '市' || c == '州' || c == '盟') {
					end = i;
				}
			}
		}
		if (end < 0 || end + 1 >= address.length()) {
			return address.length() > 6 ? address.substring(0, 3) + HIDDEN : HIDDEN;
		}
		return address.substring(0, end + 1) + HIDDEN;
	}
}
