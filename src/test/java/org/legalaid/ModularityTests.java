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
	void writesModuleDocumentation() throws java.io.IOException {
		java.nio.file.Path diagram = java.nio.file.Path.of("target/spring-modulith-docs/components.puml");
		java.nio.file.Files.deleteIfExists(diagram);
		new Documenter(modules).writeDocumentation();
		assertThat(diagram).exists().content().contains("Service network").contains("Applications");
	}
}
