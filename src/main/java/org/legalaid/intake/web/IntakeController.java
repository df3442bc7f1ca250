package org.legalaid.intake.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.RuleTexts;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.hotline.IntakeReferral;
import org.legalaid.hotline.ReferralId;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationSummary;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.ReferredApplications;
import org.legalaid.intake.Registration;
import org.legalaid.intake.Reviews;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
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

/** The clerk's and reviewer's pages: the work queue, registering, one application, its review and supplements. */
@Controller
class IntakeController {

	private final Applications applications;
	private final ReferredApplications referred;
	private final Reviews reviews;
	private final RuleTexts ruleTexts;
	private final CurrentActor actors;
	private final Clock clock;

	IntakeController(Applications applications, ReferredApplications referred, Reviews reviews, RuleTexts ruleTexts, CurrentActor actors, Clock clock) {
		this.applications = applications;
		this.referred = referred;
		this.reviews = reviews;
		this.ruleTexts = ruleTexts;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/intake/applications")
	String queue(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("open", open);
		model.addAttribute("q", q);
		model.addAttribute("results", applications.queue(open, q, PageRequest.of(page, 20)));
		model.addAttribute("referrals", referred.waiting(PageRequest.of(0, 50)));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "intake/queue";
	}

	@GetMapping("/intake/applications/new")
	String newApplication(@RequestParam(required = false) Long referral, Model model) {
		if (referral == null) {
			return form(model, ApplicationForm.empty(UUID.randomUUID().toString()));
		}
		IntakeReferral handover = referred.handover(new ReferralId(referral));
		model.addAttribute("handover", handover);
		return form(model, ApplicationForm.referred(UUID.randomUUID().toString(), handover));
	}

	@PostMapping("/intake/applications")
	String register(@ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			ApplicationDraft draft = form.draft(clock.getZone());
			Registration registration = form.referralId() == null ? applications.register(draft, form.idempotencyKey())
					: referred.register(draft, form.idempotencyKey(), new ReferralId(form.referralId()));
			redirect.addFlashAttribute("registered", registration);
			return "redirect:/intake/applications/" + registration.id();
		}
		catch (RuleViolation e) {
			new RuleViolation(ApplicationForm.formField(e.field()), e.messageKey(), e.args()).rejectInto(result);
			return form(model, form);
		}
	}

	@GetMapping("/intake/applications/{id}")
	String application(@PathVariable long id, Model model, Locale locale) {
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", ReviewForm.empty());
		}
		ApplicationId applicationId = new ApplicationId(id);
		ApplicationSummary summary = applications.get(applicationId);
		model.addAttribute("summary", summary);
		model.addAttribute("matterName", applications.matterName(summary));
		model.addAttribute("parties", applications.opposingParties(applicationId));
		model.addAttribute("documents", applications.documents(applicationId));
		model.addAttribute("missing", reviews.missingMaterials(applicationId));
		model.addAttribute("materials", Materials.ORDER);
		model.addAttribute("roles", ApplicantRole.values());
		model.addAttribute("claims", MigrantClaim.values());
		model.addAttribute("signatures", SignatureKind.values());
		boolean reviewer = actors.current().map(a -> a.hasAny(Set.of(Role.REVIEWER, Role.DIRECTOR))).orElse(false);
		model.addAttribute("canReview", reviewer && Set.of(ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW,
				ApplicationStatus.PRE_AID).contains(summary.status()));
		reviews.latestDecision(applicationId).ifPresent(d -> {
			model.addAttribute("decision", d.decision());
			model.addAttribute("reasons", d.decision().appliedRules().stream().map(r -> ruleTexts.describe(r, locale)).toList());
		});
		return "intake/application";
	}

	@PostMapping("/intake/applications/{id}/facts")
	String revealFacts(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("facts", applications.revealFacts(new ApplicationId(id)));
		return application(id, model, locale);
	}

	@PostMapping("/intake/applications/{id}/review")
	String review(@PathVariable long id, @ModelAttribute("review") ReviewForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			reviews.review(new ApplicationId(id), form.input());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/intake/applications/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return application(id, model, locale);
		}
	}

	@PostMapping("/intake/applications/{id}/supplement")
	String supplemented(@PathVariable long id, @RequestParam(name = "materials", required = false) Set<String> materials,
			RedirectAttributes redirect) {
		try {
			reviews.supplemented(new ApplicationId(id), materials);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/intake/applications/" + id;
	}

	@PostMapping("/intake/referrals/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			referred.giveBack(new ReferralId(id), note);
			redirect.addFlashAttribute("returned", id);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("returnProblem", e.shown());
			redirect.addFlashAttribute("returnProblemId", id);
		}
		return "redirect:/intake/applications";
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
