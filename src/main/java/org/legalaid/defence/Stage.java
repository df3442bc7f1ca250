package org.legalaid.defence;

/** The stage of the criminal case when the agency notifies (legal-aid-rules.md §6.2). */
public enum Stage {
	INVESTIGATION, PROSECUTION_REVIEW, TRIAL, SECOND_INSTANCE, DEATH_PENALTY_REVIEW, RETRIAL;

	public String messageKey() {
		return "defence.stage." + name();
	}
}
