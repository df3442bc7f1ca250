package org.legalaid.deadlines;

import org.legalaid.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The deadline alerts of the user's units. */
@Controller
class AlertsController {

	private final DeadlineAlerts alerts;

	AlertsController(DeadlineAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/deadlines/alerts")
	String alerts(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("alerts", alerts.page(PageRequest.of(page, 20)));
		return "deadlines/alerts";
	}
}
