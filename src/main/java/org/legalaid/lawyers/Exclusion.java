package org.legalaid.lawyers;

import java.util.List;

/** One reason a candidate is excluded: the reason, its message key and the message's arguments. */
public record Exclusion(ExclusionReason reason, String messageKey, List<Object> args) {

	public Exclusion {
		args = List.copyOf(args);
	}

	static Exclusion of(ExclusionReason reason, Object... args) {
		return new Exclusion(reason, reason.messageKey(), List.of(args));
	}
}
