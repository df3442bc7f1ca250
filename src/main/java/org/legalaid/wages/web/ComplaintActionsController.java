package org.legalaid.wages.web;

import org.legalaid.shared.RuleViolation;
import org.legalaid.wages.ArrearsLedger;
import org.legalaid.wages.ComplaintId;
import org.legalaid.wages.Complaints;
import org.legalaid.wages.SupervisionId;
import org.legalaid.wages.Supervisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on a complaint's page: referral, status moves, supervision rounds and reports, ledger entries. A
 * refused action shows the page again with the form's input and the reason next to the field.
 */
@Controller
class ComplaintActionsController {

	private final Complaints complaints;
	private final Supervisions supervisions;
	private final ArrearsLedger ledger;
	private final ComplaintPage page;

	ComplaintActionsController(Complaints complaints, Supervisions supervisions, ArrearsLedger ledger, ComplaintPage page) {
		this.complaints = complaints;
		this.supervisions = supervisions;
		this.ledger = ledger;
		this.page = page;
	}

	@PostMapping("/wages/{id}/referral")
	String refer(@PathVariable long id, @ModelAttribute("referForm") ReferForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, () -> complaints.refer(new ComplaintId(id), version(form.version()), form.target()));
	}

	@PostMapping("/wages/{id}/status")
	String move(@PathVariable long id, @ModelAttribute("moveForm") MoveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect,
				() -> complaints.move(new ComplaintId(id), version(form.version()), form.status(), form.note(), form.reference()));
	}

	@PostMapping("/wages/{id}/supervisions")
	String supervise(@PathVariable long id, @ModelAttribute("superviseForm") SuperviseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, () -> supervisions.open(new ComplaintId(id), form.draft()));
	}

	@PostMapping("/wages/{id}/reports")
	String report(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, () -> {
			if (form.supervisionId() == null || supervisions.forComplaint(new ComplaintId(id)).stream()
				.noneMatch(s -> s.id().value() == form.supervisionId())) {
				throw new RuleViolation("text", "wages.supervision.error.closed");
			}
			supervisions.report(new SupervisionId(form.supervisionId()), form.text());
			return null;
		});
	}

	@PostMapping("/wages/{id}/recoveries")
	String recover(@PathVariable long id, @ModelAttribute("recoveryForm") RecoveryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, () -> ledger.recover(new ComplaintId(id), version(form.version()), form.draft()));
	}

	private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, java.util.function.Supplier<?> action) {
		if (!result.hasErrors()) {
			try {
				action.get();
				redirect.addFlashAttribute("saved", true);
				return "redirect:/wages/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		model.addAttribute("refused", result.getObjectName());
		return page.show(id, model);
	}

	private static int version(Integer version) {
		return version == null ? -1 : version;
	}
}
