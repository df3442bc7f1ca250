package org.legalaid.eligibility;

import java.time.Clock;
import java.time.LocalDate;

import org.legalaid.shared.FormValues;
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

/** The matter catalogue: matters in force for a region on a date, adding a regional matter, ending one. */
@Controller
class MatterAdminController {

	private final EligibilityRules rules;
	private final Clock clock;

	MatterAdminController(EligibilityRules rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/admin/matters")
	String list(@RequestParam(defaultValue = "62") String region, @RequestParam(required = false) String date, Model model) {
		model.addAttribute("form", MatterForm.empty(region.strip()));
		return page(region, date, model);
	}

	@PostMapping("/admin/matters")
	String add(@ModelAttribute("form") MatterForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			Matter created = rules.addRegionalMatter(form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + listUrl(created.regionPrefix(), created.effectiveFrom());
		}
		catch (RuleViolation e) {
			e.rejectInto(result);
			String region = form.regionPrefix() == null ? "" : form.regionPrefix().strip();
			return page(region.matches("\\d{0,12}") ? region : "", null, model);
		}
	}

	@GetMapping("/admin/matters/{id}/end")
	String confirmEnd(@PathVariable long id, Model model) {
		Matter matter = rules.matter(id);
		model.addAttribute("matter", matter);
		model.addAttribute("lastDay", LocalDate.now(clock).toString());
		return "eligibility/matter-end";
	}

	@PostMapping("/admin/matters/{id}/end")
	String end(@PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String lastDay, Model model, RedirectAttributes redirect) {
		try {
			Matter ended = rules.endMatter(id, version, FormValues.date("lastDay", lastDay));
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + listUrl(ended.regionPrefix(), null);
		}
		catch (RuleViolation e) {
			model.addAttribute("matter", rules.matter(id));
			model.addAttribute("lastDay", lastDay);
			model.addAttribute("problemKey", e.messageKey());
			model.addAttribute("problemArgs", e.args());
			return "eligibility/matter-end";
		}
	}

	private String page(String region, String date, Model model) {
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? LocalDate.now(clock) : LocalDate.parse(date.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			day = LocalDate.now(clock);
		}
		String cleanRegion = region == null ? "" : region.strip();
		model.addAttribute("region", cleanRegion);
		model.addAttribute("date", day.toString());
		model.addAttribute("matters", rules.mattersInForce(cleanRegion, day));
		return "eligibility/matters";
	}

	private static String listUrl(String region, LocalDate date) {
		var b = UriComponentsBuilder.fromPath("/admin/matters").queryParam("region", region);
		if (date != null) {
			b.queryParam("date", date.toString());
		}
		return b.build().toUriString();
	}
}
