package org.legalaid.deadlines;

import org.legalaid.shared.FormValues;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deadline rules and their regional overrides. */
@Controller
class RuleAdminController {

	/** The regional override form as typed; the amount is read on saving. */
	record OverrideForm(String code, String regionPrefix, String amount, DeadlineUnit unit, String source) {
	}

	private final RuleAdministration admin;

	RuleAdminController(RuleAdministration admin) {
		this.admin = admin;
	}

	@GetMapping("/admin/deadline-rules")
	String rules(Model model) {
		model.addAttribute("overrideForm", new OverrideForm(null, null, null, null, null));
		return page(model);
	}

	@PostMapping("/admin/deadline-rules")
	String save(@ModelAttribute("overrideForm") OverrideForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			admin.saveOverride(form.code(), form.regionPrefix(), FormValues.integer("amount", form.amount()), form.unit(), form.source());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/deadline-rules";
		}
		catch (RuleViolation e) {
			e.rejectInto(binding);
			return page(model);
		}
	}

	private String page(Model model) {
		var rules = admin.all();
		model.addAttribute("rules", rules);
		model.addAttribute("codes", rules.stream().filter(DeadlineRule::national).map(DeadlineRule::code).toList());
		model.addAttribute("units", DeadlineUnit.values());
		return "deadlines/rules";
	}
}
