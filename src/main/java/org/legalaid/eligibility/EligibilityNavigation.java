package org.legalaid.eligibility;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the main navigation. */
@Configuration
class EligibilityNavigation {

	@Bean
	NavigationItem mattersEntry() {
		return new NavigationItem("/admin/matters", "nav.matters", 87, Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_ADMIN));
	}

	@Bean
	NavigationItem assistanceStatusEntry() {
		return new NavigationItem("/admin/assistance-status", "nav.assistanceStatus", 88, Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_ADMIN));
	}
}
