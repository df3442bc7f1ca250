package org.legalaid.statistics.web;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.shared.RuleViolation;
import org.legalaid.statistics.SameDayMeasure;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The same-day measure per centre of the actor's subtree; this month so far unless a period is chosen. */
@Controller
class SameDayController {

	private final SameDayMeasure measure;
	private final Clock clock;

	SameDayController(SameDayMeasure measure, Clock clock) {
		this.measure = measure;
		this.clock = clock;
	}

	@GetMapping("/statistics/same-day")
	String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? today.withDayOfMonth(1) : from;
		LocalDate end = to == null ? today : to;
		try {
			model.addAttribute("figures", measure.figures(start, end));
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArgs", e.args());
			model.addAttribute("figures", measure.figures(today.withDayOfMonth(1), today));
		}
		return "statistics/same-day";
	}
}
