package org.legalaid.people;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entry in the main navigation. */
@Configuration
class PeopleNavigation {

	@Bean
	NavigationItem peopleEntry() {
		return new NavigationItem("/people", "nav.people", 20, Set.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR));
	}
}
