package org.legalaid.hotline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.legalaid.hotline.Consultation;
import org.legalaid.hotline.ConsultationChannel;
import org.legalaid.hotline.ConsultationFilter;
import org.legalaid.hotline.ConsultationId;
import org.legalaid.hotline.Consultations;
import org.legalaid.hotline.KnowledgeBase;
import org.legalaid.hotline.ReferralId;
import org.legalaid.hotline.ReferralStatus;
import org.legalaid.hotline.ReferralTarget;
import org.legalaid.hotline.Referrals;
import org.legalaid.hotline.Topic;
import org.legalaid.people.PersonGroup;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Period;
import org.legalaid.shared.PeriodPages;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The operator's call screen (keyboard-first: the question has the focus, the channel is 12348 by default, Ctrl+Enter
 * saves and the form comes back empty), the consultation list and details with rating, survey link and referrals,
 * and the satisfaction figures of the actor's subtree.
 */
@Controller
class HotlineController {

	private final Consultations consultations;
	private final Referrals referrals;
	private final ServiceNetwork network;
	private final KnowledgeBase knowledge;
	private final CurrentActor actors;
	private final Clock clock;

	HotlineController(Consultations consultations, Referrals referrals, KnowledgeBase knowledge, ServiceNetwork network,
			CurrentActor actors, Clock clock) {
		this.network = network;
		this.consultations = consultations;
		this.referrals = referrals;
		this.knowledge = knowledge;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/hotline")
	String call(Model model) {
		return callForm(model, CallForm.empty(clock.instant()));
	}

	@PostMapping("/hotline")
	String record(@ModelAttribute("form") CallForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return callForm(model, form);
		}
		try {
			ConsultationId id = consultations.record(form.draft(clock.instant(), clock.getZone()));
			redirect.addFlashAttribute("recorded", id.value());
			return "redirect:/hotline";
		}
		catch (RuleViolation e) {
			("durationSeconds".equals(e.field()) ? new RuleViolation("durationMinutes", e.messageKey(), e.args()) : e).rejectInto(result);
			return callForm(model, form);
		}
	}

	/** The knowledge-base results for the search box beside the call form (an htmx fragment). */
	@GetMapping("/hotline/faq")
	String faq(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", knowledge.search(q, 8));
		return "hotline/call :: faq-results";
	}

	@GetMapping("/hotline/consultations")
	String list(@RequestParam(required = false) ConsultationChannel channel, @RequestParam(required = false) String topic,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String operator, @RequestParam(required = false) Integer page, Model model) {
		var filter = new ConsultationFilter(channel, blank(topic), from, to, blank(operator));
		model.addAttribute("filter", filter);
		PageRequest request = PageRequest.of(page, 20);
		PeriodPages.list(model, from, to, request, () -> consultations.search(filter, request));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/hotline/consultations")
			.queryParamIfPresent("channel", java.util.Optional.ofNullable(channel))
			.queryParamIfPresent("topic", java.util.Optional.ofNullable(blank(topic)))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
			.queryParamIfPresent("operator", java.util.Optional.ofNullable(blank(operator)))
			.encode().build().toUriString());
		model.addAttribute("referrals", referralsOpen());
		model.addAttribute("now", OffsetDateTime.now(clock));
		return references(model, "hotline/list");
	}

	@GetMapping("/hotline/consultations/{id}")
	String consultation(@PathVariable long id, Model model) {
		Consultation c = consultations.get(new ConsultationId(id));
		model.addAttribute("c", c);
		model.addAttribute("referralList", referrals.forConsultation(c.id()));
		model.addAttribute("statuses", ReferralStatus.values());
		model.addAttribute("hotlines", ReferralTarget.HOTLINES.stream().sorted().toList());
		model.addAttribute("kinds", ReferralTarget.Kind.values());
		model.addAttribute("centres", network.centresOfProvince(network.get(actors.require().unitId()).divisionCode()));
		model.addAttribute("now", OffsetDateTime.now(clock));
		if (!model.containsAttribute("referral")) {
			model.addAttribute("referral", ReferralForm.empty());
		}
		return references(model, "hotline/consultation");
	}

	@PostMapping("/hotline/consultations/{id}/question")
	String revealQuestion(@PathVariable long id, Model model) {
		model.addAttribute("question", consultations.revealQuestion(new ConsultationId(id)));
		return consultation(id, model);
	}

	@PostMapping("/hotline/consultations/{id}/rating")
	String rate(@PathVariable long id, @RequestParam(required = false) Integer satisfaction, RedirectAttributes redirect) {
		try {
			consultations.rate(new ConsultationId(id), satisfaction == null ? 0 : satisfaction);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/hotline/consultations/" + id;
	}

	@PostMapping("/hotline/consultations/{id}/survey")
	String survey(@PathVariable long id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("surveyLink", consultations.surveyLink(new ConsultationId(id)));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/hotline/consultations/" + id;
	}

	@PostMapping("/hotline/consultations/{id}/referrals")
	String refer(@PathVariable long id, @ModelAttribute("referral") ReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				referrals.refer(new ConsultationId(id), form.target(), form.reference());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/hotline/consultations/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return consultation(id, model);
	}

	@PostMapping("/hotline/referrals/{id}")
	String updateReferral(@PathVariable long id, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		var referral = referrals.get(new ReferralId(id));
		try {
			referrals.update(referral.id(), status, note);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/hotline/consultations/" + referral.consultationId();
	}

	@GetMapping("/hotline/satisfaction")
	String satisfaction(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		long unit = actors.require().unitId();
		PeriodPages.figures(model, Period.monthToDate(LocalDate.now(clock)), from, to,
				p -> consultations.satisfaction(unit, p.from(), p.to()));
		return "hotline/satisfaction";
	}

	private java.util.List<org.legalaid.hotline.Referral> referralsOpen() {
		try {
			return referrals.open(PageRequest.of(0, 50)).items();
		}
		catch (org.legalaid.shared.AccessRefused e) {
			return java.util.List.of();
		}
	}

	private String callForm(Model model, CallForm form) {
		model.addAttribute("form", form);
		model.addAttribute("startedAt", form.startedAtMillis() == null ? null
				: java.time.Instant.ofEpochMilli(form.startedAtMillis()).atZone(clock.getZone()).toOffsetDateTime());
		model.addAttribute("groups", PersonGroup.typed().stream().sorted().toList());
		return references(model, "hotline/call");
	}

	private String references(Model model, String view) {
		Map<String, String> topics = new LinkedHashMap<>();
		for (Topic t : consultations.topics()) {
			topics.put(t.code(), t.name());
		}
		model.addAttribute("topics", topics);
		model.addAttribute("channels", ConsultationChannel.values());
		return view;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
