package org.legalaid.deadlines;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the main navigation. */
@Configuration
class DeadlinesNavigation {

	@Bean
	NavigationItem deadlineAlertsEntry() {
		return new NavigationItem("/deadlines/alerts", "nav.deadlineAlerts", 40, Set.of());
	}

	@Bean
	NavigationItem calendarEntry() {
		return new NavigationItem("/admin/calendar", "nav.calendar", 85, Set.of(Role.SYSTEM_ADMIN));
	}

	@Bean
	NavigationItem deadlineRulesEntry() {
		return new NavigationItem("/admin/deadline-rules", "nav.deadlineRules", 86, Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_ADMIN));
	}
}
