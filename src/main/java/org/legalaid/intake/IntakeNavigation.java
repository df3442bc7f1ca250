package org.legalaid.intake;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application queue in the main navigation. */
@Configuration
class IntakeNavigation {

	@Bean
	NavigationItem applicationsEntry() {
		return new NavigationItem("/intake/applications", "nav.applications", 20,
				Set.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR));
	}
}
