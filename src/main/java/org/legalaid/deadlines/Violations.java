package org.legalaid.deadlines;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.legalaid.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Turns a rule violation into a message keyed by the field it concerns ("form" for the whole form). */
@Component
class Violations {

	private final MessageSource messages;

	Violations(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(RuleViolation e, HttpServletRequest request) {
		Map<String, String> errors = new HashMap<>();
		String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), RequestContextUtils.getLocale(request));
		errors.put(e.field() == null ? "form" : e.field(), text);
		return errors;
	}
}
