package org.legalaid.shared;

/** The actor may not do this (role missing). Out-of-scope records are {@link RecordNotFound} instead. */
public class AccessRefused extends RuntimeException {

	public AccessRefused(String message) {
		super(message);
	}
}
