package org.legalaid.lawyers.web;

import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.OrganisationId;
import org.legalaid.lawyers.OrganisationKind;
import org.legalaid.lawyers.Organisations;
import org.legalaid.lawyers.Providers;
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

/** Undertaking organisations: the list with search, adding one, and one organisation (editable where managed). */
@Controller
class OrganisationController {

	private final Organisations organisations;
	private final Providers providers;

	OrganisationController(Organisations organisations, Providers providers) {
		this.organisations = organisations;
		this.providers = providers;
	}

	@GetMapping("/lawyers/organisations")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", organisations.search(q, false, PageRequest.of(page, 20)));
		model.addAttribute("canManage", providers.canManage());
		return "lawyers/organisations";
	}

	@GetMapping("/lawyers/organisations/new")
	String create(Model model) {
		return form(model, OrganisationForm.empty(), null, true);
	}

	@PostMapping("/lawyers/organisations")
	String add(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Organisation o = organisations.create(form.draft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/lawyers/organisations/" + o.id();
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return form(model, form, null, true);
	}

	@GetMapping("/lawyers/organisations/{id}")
	String organisation(@PathVariable long id, Model model) {
		OrganisationId oid = new OrganisationId(id);
		return form(model, OrganisationForm.of(organisations.get(oid)), id, organisations.manageable(oid));
	}

	@PostMapping("/lawyers/organisations/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				organisations.update(new OrganisationId(id), form.version() == null ? -1 : form.version(), form.draft(),
						!Boolean.FALSE.equals(form.active()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/lawyers/organisations/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return form(model, form, id, true);
	}

	private String form(Model model, OrganisationForm form, Long id, boolean editable) {
		model.addAttribute("form", form);
		model.addAttribute("organisationId", id);
		model.addAttribute("editable", editable);
		model.addAttribute("kinds", OrganisationKind.values());
		return "lawyers/organisation";
	}
}
