package org.legalaid.portal;

import java.util.Comparator;
import java.util.List;

import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.NavigationItem;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the actor and the navigation entries it may use into every page's model. */
@ControllerAdvice
class NavigationAdvice {

	private final CurrentActor actors;
	private final List<NavigationItem> items;

	NavigationAdvice(CurrentActor actors, List<NavigationItem> items) {
		this.actors = actors;
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("actor")
	Actor actor() {
		return actors.current().orElse(null);
	}

	@ModelAttribute("requestPath")
	String requestPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return actors.current().map(actor -> items.stream().filter(i -> actor.hasAny(i.roles())).toList()).orElse(List.of());
	}
}
