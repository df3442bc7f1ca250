package org.legalaid.wages;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;

/**
 * Statuses named in a refusal message, shown in the reader's language: the message source resolves an argument
 * that is itself resolvable. One status, or a list of them ({@code wages.status.list.<n>}).
 */
record StatusNames(List<ComplaintStatus> statuses) implements MessageSourceResolvable {

	StatusNames {
		statuses = List.copyOf(statuses);
	}

	static StatusNames of(ComplaintStatus... statuses) {
		return new StatusNames(List.of(statuses));
	}

	@Override
	public String[] getCodes() {
		return new String[] { statuses.size() == 1 ? statuses.getFirst().messageKey() : "wages.status.list." + statuses.size() };
	}

	@Override
	public Object[] getArguments() {
		return statuses.size() == 1 ? null : statuses.stream().map(StatusNames::of).toArray();
	}

	@Override
	public String getDefaultMessage() {
		return toString();
	}

	@Override
	public String toString() {
		return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
	}
}
