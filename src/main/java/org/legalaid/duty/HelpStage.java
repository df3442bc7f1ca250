package org.legalaid.duty;

/** The stage of the criminal proceedings when the help was given (§8.3; §10.1 criminal stages). */
public enum HelpStage {
	INVESTIGATION, PROSECUTION_REVIEW, TRIAL, DEATH_PENALTY_REVIEW;

	public String messageKey() {
		return "duty.stage." + name();
	}
}
