package org.legalaid.access;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Access administration entries in the main navigation. */
@Configuration
class AccessNavigation {

	@Bean
	NavigationItem accountsEntry() {
		return new NavigationItem("/admin/accounts", "nav.accounts", 80, Set.of(Role.SYSTEM_ADMIN));
	}

	@Bean
	NavigationItem auditEntry() {
		return new NavigationItem("/admin/audit", "nav.audit", 90, Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_ADMIN));
	}
}
