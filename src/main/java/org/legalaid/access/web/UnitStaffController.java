package org.legalaid.access.web;

import org.legalaid.access.Accounts;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The staff of a unit, shown on the unit's page on request. */
@Controller
class UnitStaffController {

	private final Accounts accounts;
	private final CurrentActor actors;

	UnitStaffController(Accounts accounts, CurrentActor actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	@GetMapping("/access/units/{id}/staff")
	String staff(@PathVariable long id, Model model) {
		model.addAttribute("staff", accounts.staffOf(id));
		model.addAttribute("unitId", id);
		model.addAttribute("canAdminister", actors.current().map(a -> a.has(Role.SYSTEM_ADMIN)).orElse(false));
		return "access/staff";
	}
}
