package org.legalaid.lawyers.web;

import org.legalaid.lawyers.Recruitment;
import org.legalaid.lawyers.RecruitmentCriteria;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regions' recruitment criteria: the list, and the form to add a region's or change one. */
@Controller
class CriteriaController {

	private final Recruitment recruitment;

	CriteriaController(Recruitment recruitment) {
		this.recruitment = recruitment;
	}

	/** A region's criteria as typed; {@code version} null adds a region. Blank clean-record years: no record ever. */
	record CriteriaForm(String region, Integer version, Integer minPracticeYears, Integer cleanRecordYears, Integer dutyMinYears,
			Integer renewalMonths, Integer maxOpenCases) {

		static CriteriaForm of(RecruitmentCriteria c) {
			return new CriteriaForm(c.regionPrefix(), c.version(), c.minPracticeYears(), c.cleanRecordYears(), c.dutyMinYears(),
					c.renewalMonths(), c.maxOpenCases());
		}
	}

	@GetMapping("/admin/lawyer-criteria")
	String list(@RequestParam(required = false) String edit, Model model) {
		var all = recruitment.all();
		model.addAttribute("rows", all);
		if (!model.containsAttribute("form")) {
			var chosen = edit == null ? null : all.stream().filter(c -> c.regionPrefix().equals(edit)).findFirst().orElse(null);
			model.addAttribute("form", chosen == null ? new CriteriaForm(null, null, 2, 3, 1, 12, 10) : CriteriaForm.of(chosen));
		}
		return "lawyers/criteria";
	}

	@PostMapping("/admin/lawyer-criteria")
	String save(@ModelAttribute("form") CriteriaForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				recruitment.save(form.region(), form.version(), value(form.minPracticeYears(), "minPracticeYears"), form.cleanRecordYears(),
						value(form.dutyMinYears(), "dutyMinYears"), value(form.renewalMonths(), "renewalMonths"),
						value(form.maxOpenCases(), "maxOpenCases"));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/lawyer-criteria";
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		model.addAttribute("rows", recruitment.all());
		return "lawyers/criteria";
	}

	@PostMapping("/admin/lawyer-criteria/remove")
	String remove(@RequestParam String region, RedirectAttributes redirect) {
		try {
			recruitment.remove(region);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.shown());
		}
		return "redirect:/admin/lawyer-criteria";
	}

	private static int value(Integer value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "lawyers.criteria.error.required");
		}
		return value;
	}
}
