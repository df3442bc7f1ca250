package org.legalaid.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.legalaid.LegalAidApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module depends on the shared kernel only. */
class DeadlinesModuleTests {

	@Test
	void dependsOnSharedOnly() {
		ApplicationModules modules = ApplicationModules.of(LegalAidApplication.class);
		ApplicationModule deadlines = modules.getModuleByName("deadlines").orElseThrow();
		assertThat(deadlines.getDisplayName()).isEqualTo("Calendar and time limits");
		assertThat(deadlines.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
			.allMatch("shared"::equals);
		modules.verify();
	}
}
