package org.legalaid.lawyers;

import java.util.List;

/** A criterion a provider failed, with the figures the message names (e.g. required and actual years). */
public record UnmetCriterion(Criterion criterion, List<Object> args) implements java.io.Serializable {

	public UnmetCriterion {
		args = List.copyOf(args);
	}

	public String messageKey() {
		return criterion.messageKey();
	}
}
