package org.legalaid.deadlines;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deadline rules and their regional overrides. */
@Controller
class RuleAdminController {

	private final RuleAdministration admin;
	private final Violations violations;

	RuleAdminController(RuleAdministration admin, Violations violations) {
		this.admin = admin;
		this.violations = violations;
	}

	@GetMapping("/admin/deadline-rules")
	String rules(Model model) {
		return page(model, Map.of(), Map.of());
	}

	@PostMapping("/admin/deadline-rules")
	String save(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String regionPrefix,
			@RequestParam(required = false) Integer amount, @RequestParam(required = false) DeadlineUnit unit,
			@RequestParam(defaultValue = "") String source, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			admin.saveOverride(code, regionPrefix, amount, unit, source);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/deadline-rules";
		}
		catch (RuleViolation e) {
			return page(model, violations.of(e, request), Map.of("code", code, "regionPrefix", regionPrefix, "amount",
					amount == null ? "" : amount.toString(), "unit", unit == null ? "" : unit.name(), "source", source));
		}
	}

	private String page(Model model, Map<String, String> errors, Map<String, String> form) {
		var rules = admin.all();
		model.addAttribute("rules", rules);
		model.addAttribute("codes", rules.stream().filter(DeadlineRule::national).map(DeadlineRule::code).toList());
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "deadlines/rules";
	}
}
