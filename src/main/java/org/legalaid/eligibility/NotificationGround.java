package org.legalaid.eligibility;

/**
 * Grounds on which the police, procuratorate or court must notify the agency to assign a defender (E1, LAL
 * art. 25 para. 1, art. 28 for compulsory medical treatment is E3 and handled by notification too).
 */
public enum NotificationGround {
	NONE, MINOR, SENSORY_DISABILITY, MENTAL_INCAPACITY, LIFE_OR_DEATH_PENALTY, DEATH_PENALTY_REVIEW, TRIAL_IN_ABSENTIA,
	OTHER_BY_LAW;

	public String messageKey() {
		return "eligibility.ground." + name();
	}
}
