package org.legalaid.lawyers;

import java.util.List;

import org.legalaid.shared.RuleViolation;

/** Admission or renewal refused: every criterion the provider failed, each named. */
public class AdmissionRefused extends RuleViolation {

	private final List<UnmetCriterion> unmet;

	public AdmissionRefused(List<UnmetCriterion> unmet) {
		super(null, "lawyers.admission.refused", unmet.size());
		this.unmet = List.copyOf(unmet);
	}

	public List<UnmetCriterion> unmet() {
		return unmet;
	}
}
