package org.legalaid.lawyers;

import org.legalaid.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lawyer pool and the recruitment criteria in the main navigation. */
@Configuration
class LawyersNavigation {

	@Bean
	NavigationItem lawyersEntry() {
		return new NavigationItem("/lawyers", "nav.lawyers", 30, PoolAccess.READERS);
	}

	@Bean
	NavigationItem criteriaEntry() {
		return new NavigationItem("/admin/lawyer-criteria", "nav.lawyerCriteria", 89, PoolAccess.RULE_SETTERS);
	}
}
