package org.legalaid.defence.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.legalaid.defence.Agencies;
import org.legalaid.defence.Notification;
import org.legalaid.defence.NotificationFilter;
import org.legalaid.defence.Notifications;
import org.legalaid.defence.Stage;
import org.legalaid.lawyers.Providers;
import org.legalaid.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The centre's pages: notifications list and page, and the full-coverage view with its figures. */
@Controller
class NotificationsController {

	private final Notifications notifications;
	private final Agencies agencies;
	private final Providers providers;
	private final Clock clock;

	NotificationsController(Notifications notifications, Agencies agencies, Providers providers, Clock clock) {
		this.providers = providers;
		this.notifications = notifications;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/defence")
	String home() {
		return "redirect:/defence/notifications";
	}

	@GetMapping("/defence/notifications")
	String list(@RequestParam(required = false) Stage stage, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean waiting, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = new NotificationFilter(stage, agency, waiting, q);
		model.addAttribute("filter", filter);
		model.addAttribute("results", notifications.search(filter, PageRequest.of(page, 20)));
		model.addAttribute("base", base("/defence/notifications", filter));
		return common(model, "defence/notifications");
	}

	@GetMapping("/defence/coverage")
	String coverage(@RequestParam(required = false) Stage stage, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = new NotificationFilter(stage, agency, true, null);
		model.addAttribute("filter", filter);
		model.addAttribute("figures", notifications.coverage(filter));
		model.addAttribute("results", notifications.search(filter, PageRequest.of(page, 20)));
		model.addAttribute("base", base("/defence/coverage", new NotificationFilter(stage, agency, null, null)));
		return common(model, "defence/coverage");
	}

	@GetMapping("/defence/notifications/{id}")
	String notification(@PathVariable long id, Locale locale, Model model) {
		Notification n = notifications.get(id);
		model.addAttribute("n", n);
		model.addAttribute("coDefendants", notifications.coDefendants(id));
		model.addAttribute("assignment", notifications.assignment(n).orElse(null));
		model.addAttribute("languageName", n.language() == null ? null : providers.languages().stream()
			.filter(l -> l.code().equals(n.language())).findFirst()
			.map(l -> "en".equals(locale.getLanguage()) ? l.nameEn() : l.name()).orElse(n.language()));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "defence/notification";
	}

	@PostMapping("/defence/notifications/{id}/id-number")
	String reveal(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("idNumber", notifications.revealIdNumber(id));
		return notification(id, locale, model);
	}

	private String common(Model model, String view) {
		model.addAttribute("stages", Stage.values());
		model.addAttribute("agencies", agencies.list());
		model.addAttribute("now", OffsetDateTime.now(clock));
		return view;
	}

	private static String base(String path, NotificationFilter f) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("stage", Optional.ofNullable(f.stage()))
			.queryParamIfPresent("agency", Optional.ofNullable(f.agencyId()))
			.queryParamIfPresent("waiting", Optional.ofNullable(f.waiting()))
			.queryParamIfPresent("q", Optional.ofNullable(f.text()).filter(s -> !s.isBlank()))
			.encode().build().toUriString();
	}
}
