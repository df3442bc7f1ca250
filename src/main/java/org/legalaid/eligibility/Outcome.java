package org.legalaid.eligibility;

/** The outcome of an eligibility decision. */
public enum Outcome {
	GRANT, REFUSE, NEED_MORE_MATERIALS,
	/** A case for a person's decision (E12 foreigners and stateless persons; no hardship standard in force). */
	MANUAL_REVIEW,
	/** Not an application case: the police, procuratorate or court must notify and the agency assigns (E1). */
	NOTIFICATION_ROUTE;

	public String messageKey() {
		return "eligibility.outcome." + name();
	}
}
