package org.legalaid.shared;

/**
 * The record does not exist, or it lies outside the actor's data scope: the two are deliberately
 * indistinguishable so that guessing identifiers reveals nothing.
 */
public class RecordNotFound extends RuntimeException {

	private final String recordType;
	private final Object recordId;

	public RecordNotFound(String recordType, Object recordId) {
		super(recordType + " " + recordId + " not found in scope");
		this.recordType = recordType;
		this.recordId = recordId;
	}

	public String recordType() {
		return recordType;
	}

	public Object recordId() {
		return recordId;
	}
}
