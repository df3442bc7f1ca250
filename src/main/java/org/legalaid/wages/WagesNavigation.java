package org.legalaid.wages;

import org.legalaid.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unpaid-wage green channel in the main navigation. */
@Configuration
class WagesNavigation {

	@Bean
	NavigationItem wagesEntry() {
		return new NavigationItem("/wages", "nav.wages", 14, Complaints.READERS);
	}
}
