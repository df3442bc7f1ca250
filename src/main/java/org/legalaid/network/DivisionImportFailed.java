package org.legalaid.network;

/** A division file could not be imported; nothing of it was stored. */
public class DivisionImportFailed extends RuntimeException {

	public DivisionImportFailed(String message) {
		super(message);
	}
}
