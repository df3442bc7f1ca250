package org.legalaid.defence;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.legalaid.access.RequestLogging;
import org.legalaid.shared.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The partner API ({@value #PATH}) authenticates every call by the agency's key ({@code Authorization: Bearer <key>}):
 * stateless, no session, no CSRF token (no cookie is involved), a missing, wrong or disabled key is a 401 problem.
 * This chain comes before the staff chain of the access module, which never sees these paths.
 */
@Configuration
class PartnerApiSecurity {

	static final String PATH = "/api/v1/partner/**";

	@Bean
	@Order(1)
	SecurityFilterChain partnerApi(HttpSecurity http, Agencies agencies, CurrentActor actors) throws Exception {
		http.securityMatcher(PATH)
			.authorizeHttpRequests(a -> a.anyRequest().hasAuthority(PARTNER))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> unauthorized(response))
				.accessDeniedHandler((request, response, ex) -> unauthorized(response)))
			.addFilterAfter(new RequestLogging(actors), SecurityContextHolderFilter.class)
			.addFilterBefore(new KeyFilter(agencies), AuthorizationFilter.class);
		return http.build();
	}

	static final String PARTNER = "PARTNER_AGENCY";

	static void unauthorized(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"urn:legalaid:problem:partner.unauthorized\",\"title\":\"Unauthorized\","
				+ "\"status\":401,\"detail\":\"a current API key of an active partner agency is required\"}");
	}

	/** Reads the bearer key; a presented key that does not authenticate ends the request with a 401 at once. */
	static final class KeyFilter extends OncePerRequestFilter {

		private final Agencies agencies;

		KeyFilter(Agencies agencies) {
			this.agencies = agencies;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				var principal = agencies.authenticate(header.substring(7).strip());
				if (principal.isEmpty()) {
					unauthorized(response);
					return;
				}
				var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
						List.of(new SimpleGrantedAuthority(PARTNER)));
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(auth);
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}
	}
}
