package org.legalaid.hotline.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.legalaid.hotline.Consultations;
import org.legalaid.hotline.KnowledgeBase;
import org.legalaid.hotline.Topic;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge-base administration: the entries, adding one and editing one. */
@Controller
class FaqAdminController {

	private final KnowledgeBase knowledge;
	private final Consultations consultations;

	FaqAdminController(KnowledgeBase knowledge, Consultations consultations) {
		this.knowledge = knowledge;
		this.consultations = consultations;
	}

	@GetMapping("/admin/faq")
	String list(Model model) {
		model.addAttribute("entries", knowledge.all());
		return topics(model, "hotline/faq-list");
	}

	@GetMapping("/admin/faq/new")
	String create(Model model) {
		knowledge.all();
		model.addAttribute("form", FaqForm.empty());
		return topics(model, "hotline/faq-form");
	}

	@GetMapping("/admin/faq/{id}")
	String edit(@PathVariable long id, Model model) {
		knowledge.all();
		model.addAttribute("form", FaqForm.of(knowledge.get(id)));
		return topics(model, "hotline/faq-form");
	}

	@PostMapping("/admin/faq")
	String save(@ModelAttribute("form") FaqForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (form.id() == null) {
					knowledge.add(form.draft());
				}
				else {
					knowledge.update(form.id(), form.version() == null ? -1 : form.version(), form.draft());
				}
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/faq";
			}
			catch (RuleViolation e) {
				e.rejectInto(result);
			}
		}
		return topics(model, "hotline/faq-form");
	}

	private String topics(Model model, String view) {
		Map<String, String> topics = new LinkedHashMap<>();
		for (Topic t : consultations.topics()) {
			topics.put(t.code(), t.name());
		}
		model.addAttribute("topics", topics);
		return view;
	}
}
