package org.legalaid.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One line per request, with a request id, and never the query string (it may carry names or ID numbers). */
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingTests {

	@Test
	void logsMethodPathStatusAndAccountButNotTheQuery(CapturedOutput output) throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger("org.legalaid.request");
		Level before = logger.getLevel();
		logger.setLevel(Level.INFO);
		try {
			CurrentActor actor = new CurrentActor() {
				@Override
				public Optional<Actor> current() {
					return Optional.of(new Actor(42, "clerk", "clerk", 1, "/1/", Set.of(Role.WINDOW_CLERK)));
				}

				@Override
				public <T> T callAs(Actor actor, Supplier<T> work) {
					return work.get();
				}
			};
			var request = new MockHttpServletRequest("GET", "/network/search");
			request.setQueryString("q=张三11010519491231002X");
			var response = new MockHttpServletResponse();
			new RequestLogging(actor).doFilter(request, response, new MockFilterChain());
			assertThat(output).contains("GET /network/search 200").doesNotContain("张三").doesNotContain("11010519491231002X");
			assertThat(response.getHeader("X-Request-Id")).isNotBlank();
		}
		finally {
			logger.setLevel(before);
		}
	}
}
