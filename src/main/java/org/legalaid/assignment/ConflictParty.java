package org.legalaid.assignment;

/**
 * A person or organisation in the case, as the conflict check matches them: name, keyed hash of the ID number
 * (shared.PersonalData keyed hash, may be null), organisation code (may be null), role (free text, e.g.
 * APPLICANT, OPPOSING, CO_DEFENDANT, VICTIM).
 */
public record ConflictParty(String name, String idNumberKey, String organisationCode, String role) {
}
