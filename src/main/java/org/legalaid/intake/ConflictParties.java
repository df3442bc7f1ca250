package org.legalaid.intake;

import java.util.List;

/**
 * The people of an application as a conflict-of-interest check compares them: the applicant's name and lookup key,
 * and each opposing party's name, keyed hash of the ID number, organisation code and role. Keys are
 * {@code PersonalData.lookupKey} hashes; the ID numbers themselves are never handed out.
 */
public record ConflictParties(String applicantName, String applicantKey, List<Party> opposing) {

	public ConflictParties {
		opposing = List.copyOf(opposing);
	}

	/** One opposing party: a person (name, ID key) or an organisation (name, credit code), with their role. */
	public record Party(String name, String idNumberKey, String organisationCode, String role) {
	}
}
