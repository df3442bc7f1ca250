package org.legalaid.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Wildcards typed by a user match only themselves, on the database the suite runs on. */
@SpringBootTest
class LikeTests {

	@Autowired JdbcClient jdbc;

	private boolean matches(String value, String pattern) {
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one) t WHERE CAST(:v AS VARCHAR(40)) LIKE CAST(:p AS VARCHAR(40)) ESCAPE '\\'")
			.param("v", value).param("p", pattern).query(Integer.class).single() == 1;
	}

	@Test
	void wildcardsAndBackslashesAreTakenLiterally() {
		assertThat(matches("城关区100%调解", Like.contains("100%"))).isTrue();
		assertThat(matches("城关区100元调解", Like.contains("100%"))).isFalse();
		assertThat(matches("A_B-7", Like.startsWith("A_B"))).isTrue();
		assertThat(matches("AXB-7", Like.startsWith("A_B"))).isFalse();
		assertThat(matches("路径\\甲", Like.contains("\\"))).isTrue();
		assertThat(matches("X城关区", Like.startsWith("城关区"))).isFalse();
	}
}
