package org.legalaid.access;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.legalaid.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per request: method, path without query string (queries may carry names), status,
 * duration, account id and a request id (also returned as {@code X-Request-Id}). No personal data.
 */
public final class RequestLogging extends OncePerRequestFilter {

	static final String REQUEST_ID = "requestId";
	private static final Logger log = LoggerFactory.getLogger("org.legalaid.request");

	private final CurrentActor actors;

	/** For a security filter chain, after its SecurityContextHolderFilter, so the actor is known when the line is written. */
	public RequestLogging(CurrentActor actors) {
		this.actors = actors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith("/webjars/") || uri.startsWith("/css/") || uri.startsWith("/js/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader("X-Request-Id");
		String requestId = incoming != null && incoming.matches("[A-Za-z0-9-]{8,40}") ? incoming : UUID.randomUUID().toString();
		MDC.put(REQUEST_ID, requestId);
		response.setHeader("X-Request-Id", requestId);
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			String account = actors.current().map(a -> Long.toString(a.accountId())).orElse("-");
			log.atInfo().addKeyValue("method", request.getMethod()).addKeyValue("path", request.getRequestURI())
				.addKeyValue("status", response.getStatus()).addKeyValue("durationMs", millis)
				.addKeyValue("account", account)
				.log("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
			MDC.remove(REQUEST_ID);
		}
	}
}
