package org.legalaid.lawyers.web;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.lawyers.Organisations;
import org.legalaid.lawyers.ProviderFilter;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.lawyers.ProviderKind;
import org.legalaid.lawyers.ProviderSort;
import org.legalaid.lawyers.ProviderStatus;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The pool's list with search, filters, sorting and paging, and the form to add or edit a provider. */
@Controller
class ProviderController {

	private final Providers providers;
	private final Organisations organisations;
	private final Clock clock;

	ProviderController(Providers providers, Organisations organisations, Clock clock) {
		this.providers = providers;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/lawyers")
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) String licence,
			@RequestParam(required = false) Long organisation, @RequestParam(required = false) String specialty,
			@RequestParam(required = false) ProviderStatus status, @RequestParam(required = false) String region,
			@RequestParam(required = false) ProviderKind kind, @RequestParam(required = false) ProviderSort sort,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = new ProviderFilter(blank(name), blank(licence), organisation, blank(specialty), status, blank(region), kind);
		ProviderSort order = sort == null ? ProviderSort.NAME : sort;
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("results", providers.search(filter, order, PageRequest.of(page, 20)));
		model.addAttribute("base", base(filter, null));
		model.addAttribute("sortBase", base(filter, order));
		model.addAttribute("today", LocalDate.now(clock));
		return choices(model, "lawyers/list");
	}

	@GetMapping("/lawyers/new")
	String create(Model model) {
		return form(model, ProviderForm.empty(), null);
	}

	@PostMapping("/lawyers")
	String register(@ModelAttribute("form") ProviderForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ProviderId id = providers.register(form.draft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/lawyers/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/lawyers/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, ProviderForm.of(providers.get(new ProviderId(id))), id);
	}

	@PostMapping("/lawyers/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ProviderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				providers.update(new ProviderId(id), form.version() == null ? -1 : form.version(), form.draft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/lawyers/" + id;
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return form(model, form, id);
	}

	private String form(Model model, ProviderForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("providerId", id);
		model.addAttribute("masked", id == null ? null : providers.get(new ProviderId(id)));
		return choices(model, "lawyers/form");
	}

	private String choices(Model model, String view) {
		model.addAttribute("canManage", providers.canManage());
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("statuses", ProviderStatus.values());
		model.addAttribute("sorts", ProviderSort.values());
		model.addAttribute("specialties", providers.specialties());
		model.addAttribute("specialtyNames", Names.of(providers.specialties()));
		model.addAttribute("languages", providers.languages());
		model.addAttribute("organisations", organisations.search("", true, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
		return view;
	}

	private static String base(ProviderFilter f, ProviderSort sort) {
		var uri = UriComponentsBuilder.fromPath("/lawyers");
		query(uri, "name", f.name());
		query(uri, "licence", f.licence());
		query(uri, "organisation", f.organisationId());
		query(uri, "specialty", f.specialty());
		query(uri, "status", f.status());
		query(uri, "region", f.regionCode());
		query(uri, "kind", f.kind());
		query(uri, "sort", sort);
		return uri.encode().build().toUriString();
	}

	private static void query(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
