package org.legalaid.shared;

import java.io.Serializable;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A business rule refused the user's input. Carries the field it concerns (or null for the whole form)
 * and a message key with arguments, so pages show it next to the field and the API names the field.
 */
public class RuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final List<Object> args;

	public RuleViolation(String field, String messageKey, Object... args) {
		super(messageKey + (field == null ? "" : " [" + field + "]"));
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

	/** Puts this violation next to its field in a form's errors, or at the top of the form when it names none. */
	public void rejectInto(Errors errors) {
		if (field != null && errors.getFieldType(field) != null) {
			errors.rejectValue(field, messageKey, args(), messageKey);
		}
		else {
			errors.reject(messageKey, args(), messageKey);
		}
	}

	/**
	 * The message for a page to show at its top, arguments included: {@code ${@messageSource.getMessage(problem, #locale)}}.
	 * It may travel to the next page in the session, so an argument that cannot be serialized goes as its text.
	 */
	public MessageSourceResolvable shown() {
		Object[] shownArgs = args.stream().map(a -> a instanceof Serializable ? a : String.valueOf(a)).toArray();
		return new DefaultMessageSourceResolvable(new String[] { messageKey }, shownArgs, messageKey);
	}
}
