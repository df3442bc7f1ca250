package org.legalaid.portal;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Domain errors mapped once: RFC 9457 problem details under {@code /api}, an error page elsewhere.
 * A record outside the actor's scope is a 404 like a missing one.
 */
@ControllerAdvice
class ErrorMapping {

	private final MessageSource messages;

	ErrorMapping(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFound.class)
	Object notFound(RecordNotFound e, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.NOT_FOUND, "error.notFound", null, new Object[0]);
	}

	@ExceptionHandler(AccessRefused.class)
	Object refused(AccessRefused e, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.FORBIDDEN, "error.forbidden", null, new Object[0]);
	}

	@ExceptionHandler(ConcurrentChange.class)
	Object conflict(ConcurrentChange e, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.CONFLICT, "error.conflict", null, new Object[0]);
	}

	@ExceptionHandler(RuleViolation.class)
	Object violation(RuleViolation e, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, response, HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.field(), e.args());
	}

	private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			String field, Object[] args) {
		Locale locale = RequestContextUtils.getLocale(request);
		String detail = messages.getMessage(key, args, key, locale);
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setType(URI.create("urn:legalaid:problem:" + key));
			if (field != null) {
				problem.setProperty("field", field);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		var page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}
}
