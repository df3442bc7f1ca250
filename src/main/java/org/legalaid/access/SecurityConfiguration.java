package org.legalaid.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.legalaid.shared.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Sign-in, CSRF, session handling and which paths are public. */
@Configuration
class SecurityConfiguration {

	static final String[] PUBLIC = { "/login", "/public/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
			"/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/api/v1/applications", "/api/v1/applications/*/evidence", "/api/v1/applications/*/status" };

	/** The applicants' API authenticates each call by token or phone, never by a session cookie: no CSRF token. */
	static final String[] TOKEN_API = { "/api/v1/applications", "/api/v1/applications/*/evidence" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, SignInAttempts attempts, CurrentActor actors) throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(TOKEN_API))
			.formLogin(form -> form.loginPage("/login").permitAll()
				.successHandler((request, response, auth) -> {
					var principal = (StaffPrincipal) auth.getPrincipal();
					attempts.succeeded(principal.getUsername(), principal.actor().unitPath());
					response.sendRedirect(principal.mustChangePassword() ? "/account/password" : "/");
				})
				.failureHandler((request, response, exception) -> {
					String username = request.getParameter("username");
					boolean locked = exception instanceof LockedException;
					if (username != null && !username.isBlank()) {
						attempts.failed(username.strip(), locked);
					}
					response.sendRedirect(locked ? "/login?locked" : "/login?error");
				}))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(
						(request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "sign-in required"), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")))
			.addFilterAfter(new RequestLogging(actors), SecurityContextHolderFilter.class);
		return http.build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}
}
