package org.legalaid.shared;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RuleViolationTests {

	record Station(String name) {
		@Override
		public String toString() {
			return name;
		}
	}

	@Test
	void theShownMessageKeepsItsArgumentsAndCanTravelInTheSession() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("shift.closed", Locale.CHINA, "{0}在{1}不开放。");
		MessageSourceResolvable shown = new RuleViolation("startsAt", "shift.closed", new Station("城关区看守所"), "周日").shown();

		assertThat(messages.getMessage(shown, Locale.CHINA)).isEqualTo("城关区看守所在周日不开放。");
		assertThatNoException().isThrownBy(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(shown));
	}
}
