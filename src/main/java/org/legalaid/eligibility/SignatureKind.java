package org.legalaid.eligibility;

/** How a commitment or authorisation was signed: by the person, by a proxy for them, or by thumbprint. */
public enum SignatureKind {
	SELF, PROXY, THUMBPRINT;

	public String messageKey() {
		return "eligibility.signature." + name();
	}
}
