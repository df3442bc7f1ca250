package org.legalaid.wages.web;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.shared.Period;
import org.legalaid.shared.PeriodPages;
import org.legalaid.wages.WageFigures;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Unpaid-wage figures by county for the actor's scope; the current year so far unless a period is chosen. */
@Controller
class WageFiguresController {

	private final WageFigures figures;
	private final Clock clock;

	WageFiguresController(WageFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/wages/figures")
	String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		PeriodPages.figures(model, Period.yearToDate(LocalDate.now(clock)), from, to, p -> figures.byRegion(p.from(), p.to()));
		return "wages/figures";
	}
}
