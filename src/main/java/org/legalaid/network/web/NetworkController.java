package org.legalaid.network.web;

import org.legalaid.network.HostInstitution;
import org.legalaid.network.PersonRole;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
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

/** Browsing the unit tree, searching it, and managing units. */
@Controller
class NetworkController {

	private final ServiceNetwork network;
	private final CurrentActor actors;

	NetworkController(ServiceNetwork network, CurrentActor actors) {
		this.network = network;
		this.actors = actors;
	}

	@ModelAttribute("canManage")
	boolean canManage() {
		return actors.current().map(a -> a.has(Role.BUREAU_ADMIN) || a.has(Role.SYSTEM_ADMIN)).orElse(false);
	}

	@GetMapping("/network")
	String tree(Model model) {
		model.addAttribute("root", network.root());
		return "network/tree";
	}

	/** Children of a node, loaded when it is expanded (htmx fragment). */
	@GetMapping("/network/children")
	String children(@RequestParam long parent, @RequestParam(defaultValue = "0") int offset, Model model) {
		var nodes = network.children(parent, offset);
		model.addAttribute("nodes", nodes);
		model.addAttribute("parent", parent);
		model.addAttribute("nextOffset", nodes.size() == network.childPageSize() ? offset + nodes.size() : -1);
		return "network/children :: nodes";
	}

	@GetMapping("/network/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("inactive", inactive);
		model.addAttribute("results", q.isBlank() ? null : network.search(q, inactive, PageRequest.of(page, 20)));
		return "network/search";
	}

	@GetMapping("/network/units/{id}")
	String unit(@PathVariable long id, Model model) {
		ServiceUnit unit = network.get(id);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", network.ancestors(unit));
		model.addAttribute("children", network.children(id, 0));
		model.addAttribute("people", network.people(id));
		model.addAttribute("personRoles", PersonRole.values());
		return "network/unit";
	}

	@GetMapping("/network/units/{id}/coverage")
	String coverage(@PathVariable long id, Model model) {
		model.addAttribute("unit", network.get(id));
		model.addAttribute("coverage", network.coverage(id));
		return "network/coverage";
	}

	@GetMapping("/network/units/new")
	String newUnit(@RequestParam(required = false) Long parent, Model model) {
		ServiceUnit parentUnit = parent == null ? null : network.get(parent);
		return form(model, UnitForm.under(parentUnit), parentUnit, null);
	}

	@PostMapping("/network/units")
	String create(@ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ServiceUnit parent = form.parentId() == null ? null : network.get(form.parentId());
		try {
			ServiceUnit created = network.create(form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/units/" + created.id();
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return form(model, form, parent, null);
		}
	}

	@GetMapping("/network/units/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ServiceUnit unit = network.get(id);
		return form(model, UnitForm.of(unit), null, unit);
	}

	@PostMapping("/network/units/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ServiceUnit unit = network.get(id);
		try {
			network.update(id, form.version() == null ? -1 : form.version(), form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/units/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return form(model, form, null, unit);
		}
	}

	@PostMapping("/network/units/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, "", redirect, () -> network.deactivate(id, version));
	}

	@PostMapping("/network/units/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, "", redirect, () -> network.reactivate(id, version));
	}

	@PostMapping("/network/units/{id}/people")
	String attach(@PathVariable long id, @RequestParam(required = false) PersonRole role, @RequestParam String name,
			@RequestParam String divisionCode, RedirectAttributes redirect) {
		return act(id, "#people", redirect, () -> network.attachPerson(id, role, name, divisionCode));
	}

	/** Runs a one-button action and returns to the unit page with its outcome. */
	private static String act(long id, String anchor, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/network/units/" + id + anchor;
	}

	private String form(Model model, UnitForm form, ServiceUnit parent, ServiceUnit editing) {
		model.addAttribute("form", form);
		model.addAttribute("parent", parent);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("hosts", HostInstitution.values());
		return "network/form";
	}
}
