package org.legalaid.lawyers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.legalaid.lawyers.AdmissionRefused;
import org.legalaid.lawyers.DisciplineDraft;
import org.legalaid.lawyers.Provider;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.lawyers.Providers;
import org.legalaid.lawyers.Recruitment;
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
 * One provider: the data (ID number and phone masked, the ID number revealed on request), the criteria check on today,
 * the membership actions the status allows (admit, renew, suspend, reinstate, remove), disciplinary records and the
 * history.
 */
@Controller
class ProviderPageController {

	private final Providers providers;
	private final Recruitment recruitment;
	private final Clock clock;

	ProviderPageController(Providers providers, Recruitment recruitment, Clock clock) {
		this.providers = providers;
		this.recruitment = recruitment;
		this.clock = clock;
	}

	@GetMapping("/lawyers/{id}")
	String provider(@PathVariable long id, Model model) {
		ProviderId pid = new ProviderId(id);
		Provider p = providers.get(pid);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("p", p);
		model.addAttribute("today", today);
		model.addAttribute("statusToday", p.statusOn(today));
		model.addAttribute("criteria", recruitment.criteriaFor(p.regionCode()));
		model.addAttribute("unmet", Recruitment.check(p, recruitment.criteriaFor(p.regionCode()), today));
		model.addAttribute("canManage", providers.manageable(pid));
		model.addAttribute("history", providers.history(pid));
		model.addAttribute("specialtyNames", Names.of(providers.specialties()));
		model.addAttribute("languageNames", Names.of(providers.languages()));
		if (!model.containsAttribute("discipline")) {
			model.addAttribute("discipline", new DisciplineForm(null, null, null, null));
		}
		return "lawyers/provider";
	}

	@PostMapping("/lawyers/{id}/id-number")
	String reveal(@PathVariable long id, Model model) {
		model.addAttribute("idNumber", providers.revealIdNumber(new ProviderId(id)));
		return provider(id, model);
	}

	@PostMapping("/lawyers/{id}/admit")
	String admit(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> providers.admit(new ProviderId(id), version));
	}

	@PostMapping("/lawyers/{id}/renew")
	String renew(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> providers.renew(new ProviderId(id), version));
	}

	@PostMapping("/lawyers/{id}/suspend")
	String suspend(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> providers.suspend(new ProviderId(id), version, reason));
	}

	@PostMapping("/lawyers/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> providers.reinstate(new ProviderId(id), version));
	}

	@PostMapping("/lawyers/{id}/remove")
	String remove(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> providers.remove(new ProviderId(id), version, reason));
	}

	@PostMapping("/lawyers/{id}/discipline")
	String discipline(@PathVariable long id, @ModelAttribute("discipline") DisciplineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				providers.addDiscipline(new ProviderId(id), new DisciplineDraft(form.decidedOn(), form.authority(), form.sanction(),
						form.untilOn()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/lawyers/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return provider(id, model);
	}

	/** Runs a membership action: back to the page when done, or the page with what stood in the way. */
	private String act(long id, Model model, RedirectAttributes redirect, Supplier<Provider> action) {
		try {
			action.get();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/lawyers/" + id;
		}
		catch (AdmissionRefused e) {
			model.addAttribute("refused", e.unmet());
		}
		catch (RuleViolation e) {
			model.addAttribute("problemKey", e.messageKey());
			model.addAttribute("problemArgs", e.args());
			model.addAttribute("problemField", e.field());
		}
		return provider(id, model);
	}

	/** A disciplinary decision as typed. */
	record DisciplineForm(LocalDate decidedOn, String authority, String sanction, LocalDate untilOn) {
	}
}
