package org.legalaid.intake;

/**
 * A party on the other side, recorded at intake for the conflict-of-interest check at assignment: a person's name
 * and ID number, or an organisation's name and unified social credit code, and their role in the matter.
 */
public record OpposingParty(String name, String idNumber, String organisationCode, String role) {

	public boolean isBlank() {
		return (name == null || name.isBlank()) && (idNumber == null || idNumber.isBlank())
				&& (organisationCode == null || organisationCode.isBlank());
	}
}
