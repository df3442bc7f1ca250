package org.legalaid.eligibility;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database adapter of the information-sharing port against the port contract. */
@SpringBootTest
class JdbcAssistanceStatusRegistryTests implements AssistanceStatusRegistryContract {

	@Autowired
	JdbcAssistanceStatusRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Override
	public AssistanceStatusRegistry registry() {
		return registry;
	}

	@Override
	public void given(String personKey, AssistanceStatus status, LocalDate from, LocalDate to) {
		jdbc.sql("INSERT INTO eligibility_assistance_status (person_key, status, valid_from, valid_to, division_code, imported_at)"
				+ " VALUES (:k, :s, :f, :t, '620102', :at)")
			.param("k", personKey)
			.param("s", status.name())
			.param("f", Date.valueOf(from))
			.param("t", to == null ? null : Date.valueOf(to), java.sql.Types.DATE)
			.param("at", OffsetDateTime.now())
			.update();
	}
}
