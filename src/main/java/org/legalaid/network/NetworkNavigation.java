package org.legalaid.network;

import java.util.Set;

import org.legalaid.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's entries in the main navigation. */
@Configuration
class NetworkNavigation {

	@Bean
	NavigationItem networkEntry() {
		return new NavigationItem("/network", "nav.network", 10, Set.of());
	}
}
