package org.legalaid.casework;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case list in the main navigation: a lawyer's own cases, a centre's cases. */
@Configuration
class CaseworkNavigation {

	@Bean
	NavigationItem caseworkEntry() {
		return new NavigationItem("/cases", "nav.cases", 22, Set.of(Role.LAWYER, Role.WINDOW_CLERK, Role.REVIEWER,
				Role.DIRECTOR, Role.BUREAU_ADMIN, Role.QUALITY_REVIEWER));
	}
}
