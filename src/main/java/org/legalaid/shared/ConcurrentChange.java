package org.legalaid.shared;

/** Someone else changed the record since it was read (optimistic locking). */
public class ConcurrentChange extends RuntimeException {

	public ConcurrentChange(String recordType, Object recordId) {
		super(recordType + " " + recordId + " was changed by someone else");
	}
}
