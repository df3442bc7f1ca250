package org.legalaid.hotline.web;

import org.legalaid.hotline.Consultations;
import org.legalaid.hotline.SurveyStatus;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caller's one-page satisfaction survey, reached by the link in a text message: no sign-in, answered once. */
@Controller
class SurveyController {

	private final Consultations consultations;

	SurveyController(Consultations consultations) {
		this.consultations = consultations;
	}

	@GetMapping("/public/survey/{token}")
	String survey(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("status", consultations.survey(token));
		return "hotline/survey";
	}

	@PostMapping("/public/survey/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) Integer satisfaction, Model model) {
		model.addAttribute("token", token);
		try {
			consultations.answerSurvey(token, satisfaction == null ? 0 : satisfaction);
			model.addAttribute("thanks", true);
			model.addAttribute("status", SurveyStatus.ANSWERED);
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.shown());
			model.addAttribute("status", consultations.survey(token));
		}
		return "hotline/survey";
	}
}
