package org.legalaid.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Person pages: exact search by document, registration, and the card with masked values. "Show in full" posts to
 * the reveal action; htmx swaps the value in, and without JavaScript the card is rendered again with that field
 * shown.
 */
@Controller
class PeopleController {

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@ModelAttribute("documentTypes")
	IdentityDocumentType[] documentTypes() {
		return IdentityDocumentType.values();
	}

	@ModelAttribute("typedGroups")
	List<PersonGroup> typedGroups() {
		return List.copyOf(PersonGroup.typed());
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@GetMapping("/people")
	String search(@RequestParam(defaultValue = "") String document,
			@RequestParam(defaultValue = "RESIDENT_ID") IdentityDocumentType type, Model model) {
		// the typed number is not echoed back: the page shows it masked, like every other page
		model.addAttribute("searchedMasked", ResidentIdNumber.mask(ResidentIdNumber.normalise(document)));
		model.addAttribute("type", type);
		model.addAttribute("searched", !document.isBlank());
		model.addAttribute("results", document.isBlank() ? List.of() : people.findByDocument(type, document));
		model.addAttribute("mayRegister", people.mayRegister());
		return "people/search";
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return "people/form";
	}

	@PostMapping("/people")
	String register(@ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
		PersonForm.Read read = form.read();
		List<RuleViolation> problems = new ArrayList<>(read.problems());
		problems.addAll(people.check(read.draft()));
		if (problems.isEmpty()) {
			try {
				PersonId id = people.register(read.draft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/people/" + id.value();
			}
			catch (RuleViolation e) {
				problems.add(e);
			}
		}
		problems.forEach(p -> p.rejectInto(result));
		return "people/form";
	}

	@GetMapping("/people/{id}")
	String card(@PathVariable long id, Model model) {
		return showCard(new PersonId(id), new HashMap<>(), model);
	}

	@PostMapping("/people/{id}/reveal")
	String reveal(@PathVariable long id, @RequestParam PersonalField field,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String full = people.reveal(new PersonId(id), field);
		if (htmx != null) {
			model.addAttribute("field", field);
			model.addAttribute("full", full);
			return "people/fields :: revealed";
		}
		Map<String, String> revealed = new HashMap<>();
		revealed.put(field.name(), full);
		return showCard(new PersonId(id), revealed, model);
	}

	private String showCard(PersonId id, Map<String, String> revealed, Model model) {
		PersonCard card = people.get(id);
		model.addAttribute("card", card);
		model.addAttribute("groups", card.groupsOn(people.today()));
		model.addAttribute("revealed", revealed);
		model.addAttribute("mayReveal", people.mayReveal());
		return "people/card";
	}
}
