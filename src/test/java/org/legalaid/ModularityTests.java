package org.legalaid;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails when a module reaches into another's internals or the module graph gets a cycle. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LegalAidApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void expectedModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "network", "access", "portal", "demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
