package org.legalaid.objections.web;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.casework.AidCase;
import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseStatus;
import org.legalaid.casework.Cases;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationSummary;
import org.legalaid.intake.Applications;
import org.legalaid.objections.Objection;
import org.legalaid.objections.ObjectionId;
import org.legalaid.objections.ObjectionOutcome;
import org.legalaid.objections.Objections;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objection pages: the list, recording an objection against a refusal or a termination, and one objection with
 * the department's decision form.
 */
@Controller
class ObjectionsController {

	private final Objections objections;
	private final Applications applications;
	private final Cases cases;
	private final CurrentActor actors;
	private final Clock clock;

	ObjectionsController(Objections objections, Applications applications, Cases cases, CurrentActor actors, Clock clock) {
		this.cases = cases;
		this.objections = objections;
		this.applications = applications;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/objections")
	String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("open", open);
		model.addAttribute("results", objections.list(open, PageRequest.of(page, 20)));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "objections/list";
	}

	@GetMapping("/objections/new")
	String newObjection(@RequestParam(required = false) Long application,
			@RequestParam(name = "case", required = false) Long caseId, Model model) {
		if (application == null && caseId == null) {
			throw new RecordNotFound("application", 0);
		}
		return lodgeForm(model, LodgeForm.empty(caseId == null ? application : null, caseId));
	}

	@PostMapping("/objections")
	String lodge(@ModelAttribute("form") LodgeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return lodgeForm(model, form);
		}
		try {
			ObjectionId id = form.caseId() != null ? objections.lodgeAgainstTermination(new CaseId(form.caseId()), form.draft())
					: objections.lodge(new ApplicationId(form.application() == null ? 0 : form.application()), form.draft());
			redirect.addFlashAttribute("lodged", true);
			return "redirect:/objections/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return lodgeForm(model, form);
		}
	}

	@GetMapping("/objections/{id}")
	String objection(@PathVariable long id, Model model) {
		Objection objection = objections.get(new ObjectionId(id));
		model.addAttribute("objection", objection);
		model.addAttribute("now", OffsetDateTime.now(clock));
		boolean decider = actors.current().map(a -> a.has(Role.BUREAU_ADMIN)).orElse(false);
		model.addAttribute("canDecide", decider && objection.status().isOpen());
		model.addAttribute("outcomes", ObjectionOutcome.values());
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionForm.empty(objection.version()));
		}
		return "objections/objection";
	}

	@PostMapping("/objections/{id}/statement")
	String revealStatement(@PathVariable long id, Model model) {
		model.addAttribute("statement", objections.revealStatement(new ObjectionId(id)));
		return objection(id, model);
	}

	@PostMapping("/objections/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return objection(id, model);
		}
		try {
			if (!Boolean.TRUE.equals(form.confirmed())) {
				throw new RuleViolation("confirmed", "objection.error.confirm");
			}
			objections.decide(new ObjectionId(id), form.outcome(), form.reasons(), form.version());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/objections/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return objection(id, model);
		}
	}

	private String lodgeForm(Model model, LodgeForm form) {
		model.addAttribute("form", form);
		if (form.caseId() != null) {
			AidCase c = cases.get(new CaseId(form.caseId()));
			model.addAttribute("aidCase", c);
			model.addAttribute("refused", c.status() == CaseStatus.TERMINATED);
			return "objections/form";
		}
		ApplicationSummary application = applications.get(new ApplicationId(form.application() == null ? 0 : form.application()));
		model.addAttribute("target", application);
		model.addAttribute("refused", application.status() == ApplicationStatus.REFUSED);
		return "objections/form";
	}
}
