package org.legalaid.objections;

/** What an objection is against (LAL art. 49): a refusal of an application, or a termination of a case. */
public enum ObjectedDecision {
	/** 不予法律援助决定: the applicant objects; on correction the application is reviewed again. */
	REFUSAL,
	/** 终止法律援助决定: the recipient objects; on correction the termination is revoked and the case resumes. */
	TERMINATION;

	public String messageKey() {
		return "objection.against." + name();
	}
}
