package org.legalaid.access.web;

import org.legalaid.access.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff of a unit, shown on the unit's page on request. */
@Controller
class UnitStaffController {

	private final Accounts accounts;

	UnitStaffController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/access/units/{id}/staff")
	String staff(@PathVariable long id, Model model) {
		model.addAttribute("staff", accounts.staffOf(id));
		model.addAttribute("unitId", id);
		return "access/staff";
	}
}
