package org.legalaid.duty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.legalaid.Staff;
import org.legalaid.lawyers.ProviderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's duty-lawyer stations and providers for the duty tests. Test classes share one database, so each keeps
 * its shifts on days of its own (see the offsets used in each class) and never overlaps another's.
 */
final class DutyFixtures {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static final String DETENTION = "城关区看守所法律援助工作站";
	static final String COURT = "城关区人民法院法律援助工作站";

	private final UserDetailsService users;
	private final JdbcClient jdbc;

	DutyFixtures(UserDetailsService users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	long unit(String name) {
		return jdbc.sql("SELECT id FROM network_unit WHERE name = :n").param("n", name).query(Long.class).single();
	}

	long centre(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	/** A demo provider by name (the first registered with it). */
	ProviderId provider(String name) {
		return new ProviderId(jdbc.sql("SELECT MIN(id) FROM lawyers_provider WHERE name = :n").param("n", name).query(Long.class).single());
	}

	static OffsetDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(CHINA).toOffsetDateTime();
	}

	static LocalDate today() {
		return LocalDate.now(CHINA);
	}
}
