package org.legalaid.assignment;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The director's assignment queue and the provider's offers in the main navigation. */
@Configuration
class AssignmentNavigation {

	@Bean
	NavigationItem assignmentEntry() {
		return new NavigationItem("/assignments", "nav.assignments", 16, Assignments.READERS);
	}

	@Bean
	NavigationItem offersEntry() {
		return new NavigationItem("/assignments/offers", "nav.assignments.offers", 17, Set.of(Role.LAWYER));
	}
}
