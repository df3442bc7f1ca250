package org.legalaid.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.legalaid.access.Accounts;
import org.legalaid.access.SignedIn;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member changes their own password. */
@Controller
class PasswordController {

	private final Accounts accounts;
	private final SignedIn signedIn;

	PasswordController(Accounts accounts, SignedIn signedIn) {
		this.accounts = accounts;
		this.signedIn = signedIn;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "access/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.changeOwnPassword(form.currentPassword(), form.newPassword(), form.confirmation());
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			return "access/password";
		}
		signedIn.refresh(request, response);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/";
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}
}
