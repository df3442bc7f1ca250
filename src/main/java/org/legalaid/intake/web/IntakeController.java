package org.legalaid.intake.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.legalaid.eligibility.Materials;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.Registration;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.PageRequest;
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

/** The clerk's pages: the work queue, registering an application, and one application. */
@Controller
class IntakeController {

	private final Applications applications;
	private final Clock clock;

	IntakeController(Applications applications, Clock clock) {
		this.applications = applications;
		this.clock = clock;
	}

	@GetMapping("/intake/applications")
	String queue(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("open", open);
		model.addAttribute("q", q);
		model.addAttribute("results", applications.queue(open, q, PageRequest.of(page, 20)));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "intake/queue";
	}

	@GetMapping("/intake/applications/new")
	String newApplication(Model model) {
		return form(model, ApplicationForm.empty(UUID.randomUUID().toString()));
	}

	@PostMapping("/intake/applications")
	String register(@ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Registration registration = applications.register(form.draft(clock.getZone()), form.idempotencyKey());
			redirect.addFlashAttribute("registered", registration);
			return "redirect:/intake/applications/" + registration.id();
		}
		catch (RuleViolation e) {
			new RuleViolation(ApplicationForm.formField(e.field()), e.messageKey(), e.args()).rejectInto(result);
			return form(model, form);
		}
	}

	@GetMapping("/intake/applications/{id}")
	String application(@PathVariable long id, Model model) {
		ApplicationId applicationId = new ApplicationId(id);
		model.addAttribute("summary", applications.get(applicationId));
		model.addAttribute("parties", applications.opposingParties(applicationId));
		model.addAttribute("documents", applications.documents(applicationId));
		return "intake/application";
	}

	@PostMapping("/intake/applications/{id}/facts")
	String revealFacts(@PathVariable long id, Model model) {
		model.addAttribute("facts", applications.revealFacts(new ApplicationId(id)));
		return application(id, model);
	}

	private String form(Model model, ApplicationForm form) {
		model.addAttribute("form", form);
		model.addAttribute("matters", applications.mattersAvailable());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("documentTypes", IdentityDocumentType.values());
		model.addAttribute("groups", PersonGroup.typed());
		model.addAttribute("materials", Materials.ORDER);
		return "intake/form";
	}
}
