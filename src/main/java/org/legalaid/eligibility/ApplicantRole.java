package org.legalaid.eligibility;

/** The applicant's position in the matter. */
public enum ApplicantRole {
	SUSPECT_OR_DEFENDANT, VICTIM, PRIVATE_PROSECUTOR, CIVIL_PLAINTIFF, PETITIONER, CIVIL_OR_ADMIN_PARTY;

	public String messageKey() {
		return "eligibility.role." + name();
	}
}
