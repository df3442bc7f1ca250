package org.legalaid.duty.web;

import java.time.Clock;
import java.time.LocalDateTime;

import org.legalaid.duty.HelpRecordFilter;
import org.legalaid.duty.HelpRecordId;
import org.legalaid.duty.HelpStage;
import org.legalaid.duty.HelpType;
import org.legalaid.duty.LegalHelp;
import org.legalaid.duty.RecordingOptions;
import org.legalaid.duty.Rosters;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty lawyer's page, phone first: the shift running now and the coming ones, the quick "record legal help" form
 * with the station of the running shift preselected, and the latest records. Centre staff use the same form on a
 * duty lawyer's behalf.
 */
@Controller
class DutyController {

	private final LegalHelp help;
	private final Rosters rosters;
	private final CurrentActor actors;
	private final Clock clock;

	DutyController(LegalHelp help, Rosters rosters, CurrentActor actors, Clock clock) {
		this.actors = actors;
		this.help = help;
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/duty")
	String home(Model model) {
		RecordingOptions options = help.options();
		return page(model, options, HelpForm.empty(options.defaultStation(), LocalDateTime.now(clock)));
	}

	@PostMapping("/duty/records")
	String record(@ModelAttribute("help") HelpForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				HelpRecordId id = help.record(form.draft(clock.getZone()));
				redirect.addFlashAttribute("recorded", id.value());
				return "redirect:/duty";
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return page(model, help.options(), form);
	}

	private String page(Model model, RecordingOptions options, HelpForm form) {
		model.addAttribute("options", options);
		if (model.getAttribute("help") == null) {
			model.addAttribute("help", form);
		}
		model.addAttribute("shifts", rosters.myShifts());
		model.addAttribute("now", java.time.OffsetDateTime.now(clock));
		model.addAttribute("stages", HelpStage.values());
		model.addAttribute("types", HelpType.values());
		model.addAttribute("recent", help.search(HelpRecordFilter.any(), PageRequest.of(0, 5)).items());
		model.addAttribute("manages", rosters.mayManage());
		model.addAttribute("unlinked", !options.onBehalf() && options.lawyerName() == null
				&& actors.current().map(a -> a.has(Role.LAWYER)).orElse(false));
		return "duty/home";
	}
}
