package org.legalaid.wages;

/** A supervision round is OPEN until a new round supersedes it or the complaint is closed. */
public enum SupervisionStatus {
	OPEN, SUPERSEDED, CLOSED;

	public String messageKey() {
		return "wages.supervision.status." + name();
	}
}
