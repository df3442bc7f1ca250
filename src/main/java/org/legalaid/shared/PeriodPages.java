package org.legalaid.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.ui.Model;

/**
 * What a page asked for a period shows: figures for it, or a list filtered by it. The page's form takes the period's
 * fields from {@code fragments :: period-fields}. A period the rules refuse is put on the model as
 * {@code periodProblem}, shown next to the date it names, and nothing is shown for a period the user did not ask for.
 */
public final class PeriodPages {

	private PeriodPages() {
	}

	/**
	 * Puts the period asked for on the model as {@code period}, each end left out taken from {@code fallback}, and what
	 * {@code compute} gives for it as {@code figures}.
	 */
	public static void figures(Model model, Period fallback, LocalDate from, LocalDate to, Function<Period, ?> compute) {
		Period asked = fallback.asked(from, to);
		model.addAttribute("period", asked);
		try {
			model.addAttribute("figures", compute.apply(asked));
		}
		catch (RuleViolation e) {
			model.addAttribute("periodProblem", e);
		}
	}

	/**
	 * For a list whose filter may leave either end of the period open: puts the period as {@code period} and what
	 * {@code search} finds as {@code results}, or no results when the period is refused.
	 */
	public static <T> void list(Model model, LocalDate from, LocalDate to, PageRequest page, Supplier<Page<T>> search) {
		model.addAttribute("period", new Period(from, to));
		try {
			Period.checkOpen(from, to);
		}
		catch (RuleViolation e) {
			model.addAttribute("periodProblem", e);
			model.addAttribute("results", Page.of(List.of(), page, 0));
			return;
		}
		model.addAttribute("results", search.get());
	}
}
