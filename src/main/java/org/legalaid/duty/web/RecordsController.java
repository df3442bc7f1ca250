package org.legalaid.duty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.legalaid.duty.HelpRecord;
import org.legalaid.duty.HelpRecordFilter;
import org.legalaid.duty.HelpRecordId;
import org.legalaid.duty.HelpStage;
import org.legalaid.duty.LegalHelp;
import org.legalaid.duty.Rosters;
import org.legalaid.duty.Stations;
import org.legalaid.shared.FormValues;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PeriodPages;
import org.legalaid.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The legal-help records: the list with search and paging, one record with its D2/D14 flags, revealing the ID, forwarding. */
@Controller
class RecordsController {

	private final LegalHelp help;
	private final Stations stations;
	private final Rosters rosters;
	private final Clock clock;

	RecordsController(LegalHelp help, Stations stations, Rosters rosters, Clock clock) {
		this.help = help;
		this.stations = stations;
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/duty/records")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long station,
			@RequestParam(required = false) HelpStage stage, @RequestParam(required = false) Boolean plea,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean late, @RequestParam(required = false) Integer page, Model model) {
		var filter = new HelpRecordFilter(q, station, stage, plea, from, to, late);
		model.addAttribute("filter", filter);
		PageRequest request = PageRequest.of(page, 20);
		PeriodPages.list(model, from, to, request, () -> help.search(filter, request));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/duty/records")
			.queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
			.queryParamIfPresent("station", Optional.ofNullable(station))
			.queryParamIfPresent("stage", Optional.ofNullable(stage))
			.queryParamIfPresent("plea", Optional.ofNullable(plea))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.queryParamIfPresent("late", Optional.of(late).filter(Boolean::booleanValue))
			.encode().build().toUriString());
		model.addAttribute("stations", stations.list());
		model.addAttribute("stages", HelpStage.values());
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("manages", rosters.mayManage());
		return "duty/records";
	}

	@GetMapping("/duty/records/{id}")
	String record(@PathVariable long id, Model model) {
		HelpRecord r = help.get(new HelpRecordId(id));
		model.addAttribute("r", r);
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("nowLocal", LocalDateTime.now(clock).withSecond(0).withNano(0));
		model.addAttribute("manages", rosters.mayManage());
		return "duty/record";
	}

	@PostMapping("/duty/records/{id}/id-number")
	String reveal(@PathVariable long id, Model model) {
		model.addAttribute("idNumber", help.revealIdNumber(new HelpRecordId(id)));
		return record(id, model);
	}

	@PostMapping("/duty/records/{id}/forwarded")
	String forwarded(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(required = false) String forwardedAt,
			RedirectAttributes redirect) {
		try {
			help.forwarded(new HelpRecordId(id), version, FormValues.dateTime("forwardedAt", forwardedAt, clock.getZone()));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/duty/records/" + id;
	}
}
