package org.legalaid.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScopedJdbcTests {

	@Test
	void turnsTheMarkerIntoAPathPrefixCondition() {
		assertThat(ScopedJdbc.scoped("SELECT * FROM t u WHERE u.id = :id AND SCOPE(u.unit_path)"))
			.isEqualTo("SELECT * FROM t u WHERE u.id = :id AND u.unit_path LIKE :scope_path");
	}

	@Test
	void refusesAStatementWithoutTheMarker() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScopedJdbc.scoped("SELECT * FROM network_unit WHERE id = 1"));
	}

	@Test
	void anActorCoversOnlyItsSubtree() {
		var actor = new Actor(1, "a", "A", 5, "/1/5/", java.util.Set.of(Role.WINDOW_CLERK));
		assertThat(actor.covers("/1/5/")).isTrue();
		assertThat(actor.covers("/1/5/9/")).isTrue();
		assertThat(actor.covers("/1/55/")).isFalse();
		assertThat(actor.covers("/1/")).isFalse();
	}
}
