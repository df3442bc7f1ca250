package org.legalaid.statistics.web;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.shared.Period;
import org.legalaid.shared.PeriodPages;
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
		PeriodPages.figures(model, Period.monthToDate(LocalDate.now(clock)), from, to, p -> measure.figures(p.from(), p.to()));
		return "statistics/same-day";
	}
}
