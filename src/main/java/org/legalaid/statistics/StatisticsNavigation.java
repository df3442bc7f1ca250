package org.legalaid.statistics;

import org.legalaid.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The figures in the main navigation. */
@Configuration
class StatisticsNavigation {

	@Bean
	NavigationItem sameDayEntry() {
		return new NavigationItem("/statistics/same-day", "nav.statistics.sameDay", 45, SameDayMeasure.READERS);
	}
}
