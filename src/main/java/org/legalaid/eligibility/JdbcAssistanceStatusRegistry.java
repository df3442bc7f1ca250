package org.legalaid.eligibility;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The register adapter on {@code eligibility_assistance_status}, filled by {@link AssistanceStatusImport}. */
@Component
class JdbcAssistanceStatusRegistry implements AssistanceStatusRegistry {

	private final JdbcClient jdbc;

	JdbcAssistanceStatusRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AssistanceStatus lookup(String personKey, LocalDate date) {
		if (personKey == null || personKey.isBlank()) {
			return AssistanceStatus.NONE;
		}
		return jdbc.sql("SELECT status FROM eligibility_assistance_status WHERE person_key = :k AND valid_from <= :d"
				+ " AND (valid_to IS NULL OR valid_to >= :d)")
			.param("k", personKey)
			.param("d", Date.valueOf(date))
			.query(String.class)
			.list()
			.stream()
			.map(AssistanceStatus::valueOf)
			.min(java.util.Comparator.comparingInt(s -> s == AssistanceStatus.SPECIAL_HARDSHIP ? 0 : 1))
			.orElse(AssistanceStatus.NONE);
	}
}
