package org.legalaid.assignment.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.legalaid.assignment.AssignmentCase;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.BackupPosts;
import org.legalaid.assignment.CaseCandidate;
import org.legalaid.assignment.Offer;
import org.legalaid.assignment.QueueFilter;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.documents.OfficialDocuments;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The director's assignment queue (overdue first, by the end of the time limit), the case page with every candidate
 * and every reason of exclusion and the assign/override form, the provider's "offered to me" list with accept and
 * decline, and the AB posts.
 */
@Controller
class AssignmentController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Assignments assignments;
	private final BackupPosts backups;
	private final OfficialDocuments documents;
	private final Clock clock;

	AssignmentController(Assignments assignments, BackupPosts backups, OfficialDocuments documents, Clock clock) {
		this.assignments = assignments;
		this.backups = backups;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/assignments")
	String queue(@RequestParam(required = false) QueueFilter filter, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		QueueFilter shown = filter == null ? QueueFilter.OPEN : filter;
		boolean latestFirst = "dueDesc".equals(sort);
		model.addAttribute("results", assignments.queue(shown, latestFirst, PageRequest.of(page, 20)));
		model.addAttribute("filter", shown);
		model.addAttribute("filters", QueueFilter.values());
		model.addAttribute("sort", latestFirst ? "dueDesc" : "due");
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("mayAssign", assignments.mayAssign());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/assignments").queryParam("filter", shown)
			.queryParam("sort", latestFirst ? "dueDesc" : "due").build().toUriString());
		return "assignment/queue";
	}

	@GetMapping("/assignments/{id:\\d+}")
	String view(@PathVariable long id, Model model) {
		return page(id, model, null);
	}

	@PostMapping("/assignments/{id:\\d+}/assign")
	String assign(@PathVariable long id, @ModelAttribute("assignForm") AssignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				assignments.assign(id, form.providerId(), form.overrideReason());
				redirect.addFlashAttribute("notice", "assignment.assigned");
				return "redirect:/assignments/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return page(id, model, form);
	}

	private String page(long id, Model model, AssignForm form) {
		AssignmentCase c = assignments.get(id);
		List<CaseCandidate> candidates = assignments.candidates(id);
		List<Offer> offers = assignments.offers(id);
		model.addAttribute("case", c);
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("assisted", assignments.parties(id, false));
		model.addAttribute("opposing", assignments.parties(id, true));
		model.addAttribute("candidates", candidates);
		model.addAttribute("first", candidates.stream().filter(CaseCandidate::rotationFirst).findFirst().orElse(null));
		model.addAttribute("offers", offers);
		model.addAttribute("documents", offers.stream().flatMap(o -> o.documentIds().stream()).map(documents::get).toList());
		model.addAttribute("mayAssign", assignments.mayAssign());
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", form == null ? new AssignForm(null, null) : form);
		}
		return "assignment/case";
	}

	@GetMapping("/assignments/offers")
	String offers(Model model) {
		model.addAttribute("offers", assignments.offeredToMe().stream()
			.map(o -> new OfferView(o, o.documentIds().stream().map(this::documentOrNull).filter(d -> d != null).toList())).toList());
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new DeclineForm(null));
		}
		return "assignment/offers";
	}

	/** An offer with the documents the signed-in member may open. */
	record OfferView(Offer offer, List<IssuedDocument> documents) {
	}

	/** A document the signed-in member may open (a provider of another unit sees the number only). */
	private IssuedDocument documentOrNull(long id) {
		try {
			return documents.get(id);
		}
		catch (org.legalaid.shared.RecordNotFound e) {
			return null;
		}
	}

	@PostMapping("/assignments/offers/{offerId:\\d+}/accept")
	String accept(@PathVariable long offerId, RedirectAttributes redirect) {
		try {
			assignments.accept(offerId);
			redirect.addFlashAttribute("notice", "assignment.accepted");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/assignments/offers";
	}

	@PostMapping("/assignments/offers/{offerId:\\d+}/decline")
	String decline(@PathVariable long offerId, @ModelAttribute("declineForm") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			assignments.decline(offerId, form.reason());
			redirect.addFlashAttribute("notice", "assignment.declined");
			return "redirect:/assignments/offers";
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			model.addAttribute("declining", offerId);
			return offers(model);
		}
	}

	@GetMapping("/assignments/backups")
	String backups(Model model) {
		model.addAttribute("posts", backups.current());
		if (!model.containsAttribute("backupForm")) {
			model.addAttribute("backupForm", new BackupForm(null, null, null, null, null));
		}
		return "assignment/backups";
	}

	@PostMapping("/assignments/backups")
	String appoint(@ModelAttribute("backupForm") BackupForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				backups.appoint(form.absent(), form.backup(), at(form.from()), at(form.to()), form.reason());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/assignments/backups";
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return backups(model);
	}

	private static OffsetDateTime at(java.time.LocalDateTime t) {
		return t == null ? null : t.atZone(CHINA).toOffsetDateTime();
	}
}
