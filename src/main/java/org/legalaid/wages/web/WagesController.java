package org.legalaid.wages.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.legalaid.network.Division;
import org.legalaid.network.DivisionLevel;
import org.legalaid.network.Divisions;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RuleViolation;
import org.legalaid.wages.ComplaintFilter;
import org.legalaid.wages.ComplaintId;
import org.legalaid.wages.ComplaintStatus;
import org.legalaid.wages.Complaints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The complaint list with its search, the new-complaint form, and the complaint page with the audited phone reveal. */
@Controller
class WagesController {

	private final Complaints complaints;
	private final ComplaintPage page;
	private final ServiceNetwork network;
	private final Divisions divisions;
	private final CurrentActor actors;

	WagesController(Complaints complaints, ComplaintPage page, ServiceNetwork network, Divisions divisions, CurrentActor actors) {
		this.complaints = complaints;
		this.page = page;
		this.network = network;
		this.divisions = divisions;
		this.actors = actors;
	}

	@GetMapping("/wages")
	String list(@RequestParam(required = false) String employer, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) Integer page, Model model) {
		String text = employer == null || employer.isBlank() ? null : employer.strip();
		model.addAttribute("filter", new ComplaintFilter(text, status));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("results", complaints.search(new ComplaintFilter(text, status), PageRequest.of(page, 20)));
		model.addAttribute("canRecord", actors.require().hasAny(Complaints.RECORDERS));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/wages")
			.queryParamIfPresent("employer", Optional.ofNullable(text))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.encode().build().toUriString());
		return "wages/list";
	}

	@GetMapping("/wages/new")
	String newComplaint(@RequestParam(required = false) Long consultation, Model model) {
		return form(model, ComplaintForm.empty(consultation));
	}

	@PostMapping("/wages")
	String record(@ModelAttribute("complaintForm") ComplaintForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form);
		}
		try {
			ComplaintId id = complaints.record(form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/wages/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return form(model, form);
		}
	}

	@GetMapping("/wages/{id}")
	String complaint(@PathVariable long id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/wages/{id}/phone")
	String revealPhone(@PathVariable long id, Model model) {
		model.addAttribute("phone", complaints.revealPhone(new ComplaintId(id)));
		return page.show(id, model);
	}

	private String form(Model model, ComplaintForm form) {
		model.addAttribute("complaintForm", form);
		model.addAttribute("regions", regionChoices());
		return "wages/form";
	}

	/** Suggested divisions for where the work was: the counties of the actor's area, or its townships at county level. */
	private List<Division> regionChoices() {
		long unitId = actors.require().unitId();
		Optional<Division> home = unitId == 0 ? Optional.empty() : divisions.find(network.get(unitId).divisionCode());
		if (home.isEmpty()) {
			return List.of();
		}
		Division d = home.get();
		List<Division> choices = new ArrayList<>();
		switch (d.level()) {
			case PROVINCE -> divisions.children(d.code()).forEach(p -> choices.addAll(counties(p)));
			case PREFECTURE -> choices.addAll(counties(d));
			case COUNTY -> {
				choices.add(d);
				choices.addAll(divisions.children(d.code()));
			}
			default -> choices.addAll(divisions.lineage(d.code()).stream()
				.filter(x -> x.level().number() >= DivisionLevel.COUNTY.number()).toList());
		}
		return choices;
	}

	private List<Division> counties(Division prefecture) {
		List<Division> children = divisions.children(prefecture.code());
		return children.stream().anyMatch(c -> c.level() == DivisionLevel.COUNTY)
				? children.stream().filter(c -> c.level() == DivisionLevel.COUNTY).toList() : List.of(prefecture);
	}
}
