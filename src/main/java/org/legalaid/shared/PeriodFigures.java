package org.legalaid.shared;

import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.ui.Model;

/**
 * What a figures page shows for the period its user asked for. The page's form takes the period's fields from
 * {@code fragments :: period-fields}.
 */
public final class PeriodFigures {

	private PeriodFigures() {
	}

	/**
	 * Puts the period asked for on the model as {@code period}, each end left out taken from {@code fallback}, and what
	 * {@code compute} gives for it as {@code figures}. A period the rules refuse leaves the figures out and puts the
	 * refusal as {@code periodProblem}, shown next to the field it names.
	 */
	public static void show(Model model, Period fallback, LocalDate from, LocalDate to, Function<Period, ?> compute) {
		Period asked = fallback.asked(from, to);
		model.addAttribute("period", asked);
		try {
			model.addAttribute("figures", compute.apply(asked));
		}
		catch (RuleViolation e) {
			model.addAttribute("periodProblem", e);
		}
	}
}
