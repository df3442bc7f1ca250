package org.legalaid.lawyers;

/** A recruitment criterion a provider can fail on admission or renewal. */
public enum Criterion {
	/** Fewer years since the first practising licence than the region asks. */
	PRACTICE_YEARS,
	/** A disciplinary record within the region's clean-record period (or ever, where it says so). */
	DISCIPLINARY_RECORD,
	/** A sanction (e.g. suspension of practice) still in force. */
	SANCTION_IN_FORCE;

	public String messageKey() {
		return "lawyers.criterion." + name();
	}
}
