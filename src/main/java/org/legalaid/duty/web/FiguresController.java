package org.legalaid.duty.web;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.duty.HelpStage;
import org.legalaid.duty.LegalHelpFigures;
import org.legalaid.duty.Rosters;
import org.legalaid.duty.Stations;
import org.legalaid.shared.Period;
import org.legalaid.shared.PeriodPages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The figures per station and for the actor's unit over a period (this month by default). */
@Controller
class FiguresController {

	private final LegalHelpFigures figures;
	private final Stations stations;
	private final Rosters rosters;
	private final Clock clock;

	FiguresController(LegalHelpFigures figures, Stations stations, Rosters rosters, Clock clock) {
		this.figures = figures;
		this.stations = stations;
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/duty/figures")
	String figures(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		PeriodPages.figures(model, Period.monthToDate(LocalDate.now(clock)), from, to, p -> figures.figures(unit, p.from(), p.to()));
		model.addAttribute("stations", stations.list());
		model.addAttribute("stages", HelpStage.values());
		model.addAttribute("unit", unit);
		model.addAttribute("manages", rosters.mayManage());
		return "duty/figures";
	}
}
