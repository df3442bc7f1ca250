package org.legalaid.defence;

import java.util.EnumSet;

import org.legalaid.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Notified defence in the main navigation: notifications, with full coverage and partner agencies below it. */
@Configuration
class DefenceNavigation {

	@Bean
	NavigationItem defenceEntry() {
		return new NavigationItem("/defence", "nav.defence", 34, EnumSet.copyOf(Notifications.READERS));
	}
}
