package org.legalaid.network.web;

import org.legalaid.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a rule violation next to its field, or at the top of the form. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, RuleViolation e) {
		if (e.field() != null && result.getFieldType(e.field()) != null) {
			result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
		}
		else {
			result.reject(e.messageKey(), e.args(), e.messageKey());
		}
	}
}
