package org.legalaid.eligibility;

/** Who signed an information-sharing authorisation: the applicant or a member of the family. */
public enum SignerRelation {
	APPLICANT, FAMILY_MEMBER
}
