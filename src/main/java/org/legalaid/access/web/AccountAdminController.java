package org.legalaid.access.web;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.access.Accounts;
import org.legalaid.access.StaffAccount;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
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

/** The administrator's account pages: list, create, edit roles and unit, unlock, reset password. */
@Controller
class AccountAdminController {

	private final Accounts accounts;
	private final ServiceNetwork network;
	private final CurrentActor actors;
	private final Clock clock;

	AccountAdminController(Accounts accounts, ServiceNetwork network, CurrentActor actors, Clock clock) {
		this.accounts = accounts;
		this.network = network;
		this.actors = actors;
		this.clock = clock;
	}

	/** The unit the form names, shown beside the number so the administrator sees what they chose. */
	@ModelAttribute("unit")
	ServiceUnit unit(@RequestParam(name = "unitId", required = false) Long unitId,
			@RequestParam(name = "unit", required = false) Long unit) {
		Long id = unitId != null ? unitId : unit;
		return id == null ? null : actors.current().flatMap(a -> network.find(id, a)).orElse(null);
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", accounts.search(q, PageRequest.of(page, 20)));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "access/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(@RequestParam(required = false) Long unit, Model model) {
		var form = AccountForm.empty();
		model.addAttribute("form", new AccountForm("", "", unit, form.roles(), true, "", 0));
		return "access/account-form";
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			StaffAccount created = accounts.create(form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return "access/account-form";
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		StaffAccount account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		model.addAttribute("unit", unit(account.unitId(), null));
		model.addAttribute("locked", account.lockedAt(OffsetDateTime.now(clock)));
		return "access/account-form";
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.update(id, form.version() == null ? -1 : form.version(), form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/accounts/" + id;
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			StaffAccount account = accounts.get(id);
			model.addAttribute("account", account);
			model.addAttribute("locked", account.lockedAt(OffsetDateTime.now(clock)));
			return "access/account-form";
		}
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, password);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/admin/accounts/" + id;
	}
}
