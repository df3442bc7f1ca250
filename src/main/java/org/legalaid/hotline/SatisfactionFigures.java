package org.legalaid.hotline;

import java.time.LocalDate;
import java.util.List;

/** Satisfaction within a unit's subtree over a period, per unit and per operator, with the total. */
public record SatisfactionFigures(long unitId, LocalDate from, LocalDate to, SatisfactionRate total, List<SatisfactionRate> byUnit,
		List<SatisfactionRate> byOperator) {

	public SatisfactionFigures {
		byUnit = List.copyOf(byUnit);
		byOperator = List.copyOf(byOperator);
	}
}
