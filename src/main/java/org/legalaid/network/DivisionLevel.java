package org.legalaid.network;

import java.util.Arrays;

/** The five levels of the administrative division tree and the length of their significant code prefix. */
public enum DivisionLevel {
	PROVINCE(1, 2), PREFECTURE(2, 4), COUNTY(3, 6), TOWNSHIP(4, 9), VILLAGE(5, 12);

	private final int number;
	private final int prefixLength;

	DivisionLevel(int number, int prefixLength) {
		this.number = number;
		this.prefixLength = prefixLength;
	}

	public int number() {
		return number;
	}

	/** The digits of a code at this level that its descendants share ("62" for 620000). */
	public String prefixOf(String code) {
		return code.substring(0, prefixLength);
	}

	public static DivisionLevel of(int number) {
		return Arrays.stream(values()).filter(l -> l.number == number).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no division level " + number));
	}

	public String messageKey() {
		return "division.level." + name();
	}
}
