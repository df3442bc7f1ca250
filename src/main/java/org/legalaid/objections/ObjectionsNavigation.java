package org.legalaid.objections;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The objection list in the main navigation. */
@Configuration
class ObjectionsNavigation {

	@Bean
	NavigationItem objectionsEntry() {
		return new NavigationItem("/objections", "nav.objections", 25, Set.of(Role.REVIEWER, Role.DIRECTOR, Role.BUREAU_ADMIN));
	}
}
