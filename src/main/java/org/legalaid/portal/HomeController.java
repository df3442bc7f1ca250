package org.legalaid.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in start page and the sign-in page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	@GetMapping("/login")
	String login() {
		return "portal/login";
	}
}
