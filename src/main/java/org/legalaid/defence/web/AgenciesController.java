package org.legalaid.defence.web;

import org.legalaid.defence.Agencies;
import org.legalaid.defence.Agency;
import org.legalaid.defence.AgencyDraft;
import org.legalaid.defence.AgencyKind;
import org.legalaid.defence.Callbacks;
import org.legalaid.defence.IssuedKey;
import org.legalaid.shared.CurrentActor;
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

/**
 * Partner agencies for bureau administrators and directors: the list, creating one (its API key shown once), changing,
 * rotating the key, disabling; and each agency's callback subscriptions with the delivery log, for the centre's staff.
 */
@Controller
class AgenciesController {

	private final Agencies agencies;
	private final Callbacks callbacks;
	private final CurrentActor actors;

	AgenciesController(Agencies agencies, Callbacks callbacks, CurrentActor actors) {
		this.agencies = agencies;
		this.callbacks = callbacks;
		this.actors = actors;
	}

	@GetMapping("/defence/agencies")
	String list(@ModelAttribute("form") AgencyForm form, Model model) {
		model.addAttribute("agencies", agencies.list());
		model.addAttribute("manages", agencies.mayManage());
		if (agencies.mayManage()) {
			model.addAttribute("centres", agencies.centres());
		}
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("stations", agencies.stations());
		return "defence/agencies";
	}

	@PostMapping("/defence/agencies")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				IssuedKey key = agencies.create(form.draft());
				redirect.addFlashAttribute("issuedKey", key.secret());
				return "redirect:/defence/agencies/" + key.id();
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return list(form, model);
	}

	@GetMapping("/defence/agencies/{id}")
	String agency(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		Agency agency = agencies.get(id);
		model.addAttribute("a", agency);
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", AgencyForm.of(agency));
		}
		model.addAttribute("manages", agencies.mayManage());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("stations", agencies.stations());
		model.addAttribute("subscriptions", callbacks.subscriptions(id));
		model.addAttribute("deliveries", callbacks.deliveries(id, actors.require(), PageRequest.of(page, 20)));
		return "defence/agency";
	}

	@PostMapping("/defence/agencies/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @ModelAttribute("editForm") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				agencies.update(id, version, form.draft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/defence/agencies/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return agency(id, null, model);
	}

	@PostMapping("/defence/agencies/{id}/key")
	String rotate(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
		redirect.addFlashAttribute("issuedKey", agencies.rotate(id, version).secret());
		return "redirect:/defence/agencies/" + id;
	}

	@PostMapping("/defence/agencies/{id}/active")
	String active(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		agencies.setActive(id, version, active);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/defence/agencies/" + id;
	}
}
