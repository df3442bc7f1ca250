package org.legalaid.hotline;

/**
 * Sends a text message (SMS) to a phone number. The platform's adapter queues messages in an outbox table for an
 * SMS gateway to send; a gateway can replace it without touching the callers.
 */
public interface TextMessages {

	/** Queues a message to the phone; {@code purpose} names why it is sent (e.g. {@code survey}). */
	void send(String phone, String body, String purpose);
}
