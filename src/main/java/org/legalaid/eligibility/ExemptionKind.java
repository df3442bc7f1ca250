package org.legalaid.eligibility;

/**
 * The tests an exemption from the economic-status check can make on the person (art. 42). Regions configure
 * their own exemptions from these kinds, with an age limit where the kind needs one.
 */
public enum ExemptionKind {
	/** Art. 42(1): minors, the elderly, the disabled and similar groups without a fixed source of livelihood. */
	NO_LIVELIHOOD_GROUP,
	/** Art. 42(2): recipients of social or judicial assistance, or of preferential treatment (优抚). */
	ASSISTANCE_RECIPIENT,
	/** Art. 42(3): migrant workers claiming pay or work-injury compensation. */
	MIGRANT_WORKER_CLAIM,
	/** Everyone aged at least the limit (e.g. a region's elderly). */
	AGE_AT_LEAST,
	/** Everyone younger than the limit (e.g. a region's children). */
	AGE_BELOW,
	/** Every disabled person. */
	DISABLED,
	/** Service members and their families (art. 70; e.g. conscripts). */
	SERVICE_MEMBER
}
