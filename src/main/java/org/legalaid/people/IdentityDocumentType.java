package org.legalaid.people;

/**
 * The identity document a person is registered with. Resident ID numbers and the residence permits of Hong Kong,
 * Macao and Taiwan residents follow GB 11643 (same layout and checksum); every other document is stored as type,
 * number and issuing country without a checksum (legal-aid-rules.md §11.1).
 */
public enum IdentityDocumentType {
	/** 居民身份证 (GB 11643). */
	RESIDENT_ID(true),
	/** 港澳台居民居住证: GB 11643 layout with address code 810000, 820000 or 830000. */
	HMT_RESIDENCE_PERMIT(true),
	/** 港澳居民来往内地通行证 / 台湾居民来往大陆通行证. */
	HMT_TRAVEL_PERMIT(false),
	/** 外国人永久居留身份证. */
	FOREIGN_PERMANENT_RESIDENCE(false),
	PASSPORT(false),
	OTHER(false);

	private final boolean gb11643;

	IdentityDocumentType(boolean gb11643) {
		this.gb11643 = gb11643;
	}

	/** True when the number follows GB 11643, so birth date and sex are derived from it. */
	public boolean followsGb11643() {
		return gb11643;
	}

	/** True when the issuing country must be recorded (the number alone does not say who issued it). */
	public boolean needsIssuingCountry() {
		return this == PASSPORT || this == FOREIGN_PERMANENT_RESIDENCE || this == OTHER;
	}

	public String messageKey() {
		return "people.document." + name();
	}
}
