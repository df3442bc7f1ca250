package org.legalaid.network.web;

import java.util.List;

import org.legalaid.network.Division;
import org.legalaid.network.Divisions;
import org.legalaid.network.ServiceNetwork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "find legal aid near me" page: choose a division step by step (works without JavaScript) and
 * see the nearest units with their address, phone and opening hours, and the 12348 hotline.
 */
@Controller
class PublicFinderController {

	private final Divisions divisions;
	private final ServiceNetwork network;

	PublicFinderController(Divisions divisions, ServiceNetwork network) {
		this.divisions = divisions;
		this.network = network;
	}

	@GetMapping("/public/find")
	String find(@RequestParam(required = false) String division, Model model) {
		List<Division> lineage = division == null || division.isBlank() ? List.of() : divisions.lineage(division.strip());
		Division selected = lineage.isEmpty() ? null : lineage.getLast();
		model.addAttribute("lineage", lineage);
		model.addAttribute("selected", selected);
		model.addAttribute("choices", divisions.children(selected == null ? null : selected.code()));
		model.addAttribute("units", selected == null ? List.of() : network.nearby(selected.code(), 20));
		model.addAttribute("unknown", division != null && !division.isBlank() && selected == null);
		return "network/find";
	}
}
