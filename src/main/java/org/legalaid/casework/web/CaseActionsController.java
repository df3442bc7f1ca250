package org.legalaid.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.Cases;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page: each posts one action; a refusal shows the case page again with the reason next to the
 * field (or at the top when it concerns the whole move), a success goes back to the case with a confirmation.
 */
@Controller
class CaseActionsController {

	private final Cases cases;
	private final CaseLifecycle lifecycle;
	private final CasePage page;

	CaseActionsController(Cases cases, CaseLifecycle lifecycle, CasePage page) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.page = page;
	}

	@PostMapping("/cases/{id:\\d+}/engage")
	String engage(@PathVariable long id, @ModelAttribute("engage") Forms.EngageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.engaged",
				() -> lifecycle.engage(new CaseId(id), version(form.version()), form.note()));
	}

	@PostMapping("/cases/{id:\\d+}/log")
	String log(@PathVariable long id, @ModelAttribute("entry") Forms.LogForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.log", () -> {
			boolean hasFile = form.file() != null && !form.file().isEmpty();
			try (InputStream in = hasFile ? form.file().getInputStream() : null) {
				cases.record(new CaseId(id), form.draft(hasFile ? form.file().getOriginalFilename() : null, in));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@PostMapping("/cases/{id:\\d+}/conclude")
	String conclude(@PathVariable long id, @ModelAttribute("conclude") Forms.ConcludeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.concluded",
				() -> lifecycle.conclude(new CaseId(id), version(form.version()), form.draft()));
	}

	@PostMapping("/cases/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @ModelAttribute("withdraw") Forms.WithdrawForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.withdrawn", () -> {
			confirmed(form.confirmed());
			lifecycle.withdraw(new CaseId(id), version(form.version()), form.reason());
		});
	}

	@PostMapping("/cases/{id:\\d+}/terminate")
	String terminate(@PathVariable long id, @ModelAttribute("terminate") Forms.TerminateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.terminated", () -> {
			confirmed(form.confirmed());
			lifecycle.terminate(new CaseId(id), version(form.version()), form.ground(), form.reasons());
		});
	}

	@PostMapping("/cases/{id:\\d+}/closing")
	String submitClosing(@PathVariable long id, @ModelAttribute("closing") Forms.ClosingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.closingSubmitted",
				() -> lifecycle.submitClosing(new CaseId(id), version(form.version()), form.items(), form.handlingReport()));
	}

	@PostMapping("/cases/{id:\\d+}/closing/accept")
	String accept(@PathVariable long id, @ModelAttribute("review") Forms.ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.archived",
				() -> lifecycle.acceptClosing(new CaseId(id), version(form.version()), form.archiveNumber(), form.note()));
	}

	@PostMapping("/cases/{id:\\d+}/closing/return")
	String giveBack(@PathVariable long id, @ModelAttribute("review") Forms.ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.returned",
				() -> lifecycle.returnClosing(new CaseId(id), version(form.version()), form.reasons()));
	}

	@PostMapping("/cases/{id:\\d+}/major")
	String major(@PathVariable long id, @ModelAttribute("majorForm") Forms.MajorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.major", () -> cases.flagMajor(new CaseId(id), form.reason()));
	}

	@PostMapping("/cases/{id:\\d+}/discussions")
	String discuss(@PathVariable long id, @ModelAttribute("discussion") Forms.DiscussionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "casework.saved.discussion",
				() -> cases.recordDiscussion(new CaseId(id), form.day(), form.participants(), form.conclusion()));
	}

	private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String saved, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("saved", saved);
				return "redirect:/cases/" + id;
			}
			catch (RuleViolation e) {
				if (e.field() == null) {
					model.addAttribute("refusal", e);
				}
				else {
					e.rejectInto(result);
				}
			}
		}
		return page.show(id, model);
	}

	private static int version(Integer version) {
		if (version == null) {
			throw new RuleViolation(null, "casework.error.version");
		}
		return version;
	}

	private static void confirmed(Boolean confirmed) {
		if (!Boolean.TRUE.equals(confirmed)) {
			throw new RuleViolation("confirmed", "casework.error.confirm");
		}
	}
}
