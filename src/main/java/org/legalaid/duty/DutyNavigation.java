package org.legalaid.duty;

import java.util.EnumSet;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The duty-lawyer pages in the main navigation: the lawyer's duty page, with records, stations and figures below it. */
@Configuration
class DutyNavigation {

	@Bean
	NavigationItem dutyEntry() {
		return new NavigationItem("/duty", "nav.duty", 32, EnumSet.of(Role.LAWYER, Role.DIRECTOR, Role.WINDOW_CLERK, Role.BUREAU_ADMIN));
	}
}
