package org.legalaid.defence;

import java.util.List;

/** A request with malformed fields, each named: the API answers 400 with every problem at once, and nothing is stored. */
public class InvalidRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequest(List<FieldProblem> problems) {
		super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
