package org.legalaid.hotline;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Text messages written to {@code hotline_outbox} in the caller's transaction; an SMS gateway (not part of the
 * platform yet) reads unsent rows, sends them and sets {@code sent_at}. The phone number is stored encrypted.
 */
@Component
class OutboxTextMessages implements TextMessages {

	static final int MAX_BODY = 500;

	private final JdbcClient jdbc;
	private final PersonalData personalData;
	private final Clock clock;

	OutboxTextMessages(JdbcClient jdbc, PersonalData personalData, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
	}

	@Override
	public void send(String phone, String body, String purpose) {
		if (phone == null || phone.isBlank()) {
			throw new IllegalArgumentException("no phone number");
		}
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new IllegalArgumentException("a text message needs 1 to " + MAX_BODY + " characters");
		}
		jdbc.sql("""
				INSERT INTO hotline_outbox (recipient_enc, body, purpose, created_at)
				VALUES (:to, :body, :purpose, :at)""")
			.param("to", personalData.encrypt(phone.strip()))
			.param("body", body)
			.param("purpose", purpose)
			.param("at", OffsetDateTime.now(clock))
			.update();
	}
}
