package org.legalaid.hotline;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.legalaid.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The call screen, the consultation list and the knowledge base in the main navigation. */
@Configuration
class HotlineNavigation {

	@Bean
	NavigationItem hotlineEntry() {
		return new NavigationItem("/hotline", "nav.hotline", 12, Consultations.STAFF);
	}

	@Bean
	NavigationItem consultationsEntry() {
		return new NavigationItem("/hotline/consultations", "nav.consultations", 13, Consultations.READERS);
	}

	@Bean
	NavigationItem faqEntry() {
		return new NavigationItem("/admin/faq", "nav.faq", 85, Set.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	}
}
