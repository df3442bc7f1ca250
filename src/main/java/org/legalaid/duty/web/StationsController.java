package org.legalaid.duty.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.legalaid.duty.RosterWeek;
import org.legalaid.duty.Rosters;
import org.legalaid.duty.ShiftId;
import org.legalaid.duty.StationDraft;
import org.legalaid.duty.StationMode;
import org.legalaid.duty.Stations;
import org.legalaid.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stations of the subtree with their settings, and each station's week roster where directors add and remove shifts. */
@Controller
class StationsController {

	private final Stations stations;
	private final Rosters rosters;
	private final Clock clock;

	StationsController(Stations stations, Rosters rosters, Clock clock) {
		this.stations = stations;
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/duty/stations")
	String list(Model model) {
		model.addAttribute("stations", stations.list());
		model.addAttribute("manages", rosters.mayManage());
		model.addAttribute("modes", StationMode.values());
		model.addAttribute("days", DayOfWeek.values());
		return "duty/stations";
	}

	@PostMapping("/duty/stations/{id}")
	String configure(@PathVariable long id, @RequestParam(required = false) StationMode mode,
			@RequestParam(required = false) Set<DayOfWeek> openDays, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "0") int version, RedirectAttributes redirect) {
		try {
			stations.configure(id, version, new StationDraft(mode, openDays, note));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/duty/stations";
	}

	@GetMapping("/duty/stations/{id}")
	String roster(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			Model model) {
		LocalDate day = week == null ? LocalDate.now(clock) : week;
		return page(model, id, day, ShiftForm.empty(day));
	}

	@PostMapping("/duty/stations/{id}/shifts")
	String schedule(@PathVariable long id, @ModelAttribute("shift") ShiftForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rosters.schedule(form.draft(id, clock.getZone()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/duty/stations/" + id + "?week=" + form.dayOrNull();
			}
			catch (RuleViolation e) {
				new RuleViolation(ShiftForm.formField(e.field()), e.messageKey(), e.args()).rejectInto(result);
			}
		}
		return page(model, id, form.dayOrNull() == null ? LocalDate.now(clock) : form.dayOrNull(), form);
	}

	@PostMapping("/duty/shifts/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
		var shift = rosters.get(new ShiftId(id));
		try {
			rosters.cancel(shift.id(), version);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/duty/stations/" + shift.stationUnitId() + "?week=" + shift.startsAt().toLocalDate();
	}

	private String page(Model model, long id, LocalDate day, ShiftForm form) {
		RosterWeek week = rosters.week(id, day);
		boolean manages = rosters.mayManage();
		model.addAttribute("week", week);
		model.addAttribute("manages", manages);
		if (model.getAttribute("shift") == null) {
			model.addAttribute("shift", form);
		}
		model.addAttribute("eligible", manages ? rosters.eligibleAt(id, day) : java.util.List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return "duty/roster";
	}
}
