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

	/** Documents of the criminal case: the opinion to prosecute, the indictment or the judgment. */
	public static final String CRIMINAL_DOCUMENTS = "CRIMINAL_DOCUMENTS";
	/** The court's decision or ruling to retry, or the procuratorate's protest (LAL art. 33). */
	public static final String RETRIAL_DOCUMENTS = "RETRIAL_DOCUMENTS";
	/** Proof of the family relation a support claim rests on. */
	public static final String KINSHIP_PROOF = "KINSHIP_PROOF";
	/** Proof of the labour relation or of the unpaid pay. */
	public static final String LABOUR_EVIDENCE = "LABOUR_EVIDENCE";
	/** Proof of the injury: medical records, the accident or work-injury finding. */
	public static final String INJURY_EVIDENCE = "INJURY_EVIDENCE";

	/** The default materials every application needs (Regs2003 art. 17; the list of PR2023 was not found [M]). */
	public static final Set<String> DEFAULTS = Set.of(APPLICATION_FORM, IDENTITY_DOCUMENT, CASE_MATERIALS);

	/** Every code, in the order a notice lists them. */
	public static final java.util.List<String> ORDER = java.util.List.of(APPLICATION_FORM, IDENTITY_DOCUMENT,
			AGENT_AUTHORITY, CASE_MATERIALS, CRIMINAL_DOCUMENTS, RETRIAL_DOCUMENTS, KINSHIP_PROOF, LABOUR_EVIDENCE,
			INJURY_EVIDENCE, ECONOMIC_STATEMENT, INTEGRITY_COMMITMENT, SHARING_AUTHORISATION, ECONOMIC_PROOF, EXEMPTION_PROOF);

	private Materials() {
	}
}
