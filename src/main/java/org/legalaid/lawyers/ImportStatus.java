package org.legalaid.lawyers;

/** Where an import run stands. */
public enum ImportStatus {
	QUEUED, RUNNING, DONE, FAILED;

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

	public String messageKey() {
		return "lawyers.import.status." + name();
	}
}
