package org.legalaid.eligibility;

import java.util.Set;

/**
 * Codes of application materials (legal-aid-rules.md §3.3). Each has the message key
 * {@code eligibility.material.<code>}.
 */
public final class Materials {

	public static final String APPLICATION_FORM = "APPLICATION_FORM";
	public static final String IDENTITY_DOCUMENT = "IDENTITY_DOCUMENT";
	public static final String CASE_MATERIALS = "CASE_MATERIALS";
	/** Proof of agency authority, when an agent applies. */
	public static final String AGENT_AUTHORITY = "AGENT_AUTHORITY";
	/** The truthful statement of economic status (art. 41). */
	public static final String ECONOMIC_STATEMENT = "ECONOMIC_STATEMENT";
	/** The signed personal integrity commitment (art. 41). */
	public static final String INTEGRITY_COMMITMENT = "INTEGRITY_COMMITMENT";
	/** The signed authorisation for the information-sharing query. */
	public static final String SHARING_AUTHORISATION = "SHARING_AUTHORISATION";
	/** Other proof of economic status, when neither the commitment nor the sharing query proves it. */
	public static final String ECONOMIC_PROOF = "ECONOMIC_PROOF";
	/** Proof of the category that exempts the person from the check (art. 42). */
	public static final String EXEMPTION_PROOF = "EXEMPTION_PROOF";

	/** The default materials every application needs (Regs2003 art. 17; the list of PR2023 was not found [M]). */
	public static final Set<String> DEFAULTS = Set.of(APPLICATION_FORM, IDENTITY_DOCUMENT, CASE_MATERIALS);

	/** Every code, in the order a notice lists them. */
	public static final java.util.List<String> ORDER = java.util.List.of(APPLICATION_FORM, IDENTITY_DOCUMENT,
			AGENT_AUTHORITY, CASE_MATERIALS, ECONOMIC_STATEMENT, INTEGRITY_COMMITMENT, SHARING_AUTHORISATION,
			ECONOMIC_PROOF, EXEMPTION_PROOF);

	private Materials() {
	}
}
