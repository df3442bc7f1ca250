package org.legalaid.assignment;

/** What became of one offer of a case to a provider. */
public enum OfferStatus {
	OFFERED, ACCEPTED, DECLINED, LAPSED, WITHDRAWN, ENDED;

	public String messageKey() {
		return "assignment.offer." + name();
	}
}
