package org.legalaid.eligibility;

/** Where a matter comes from in the Legal Aid Law, which decides its route in the decision table (§4.2). */
public enum MatterCategory {
	/** Art. 24: a suspect or defendant without a defender (E4). */
	CRIMINAL_DEFENCE("E4"),
	/** Art. 29: victims, private prosecutors, incidental civil plaintiffs (E5). */
	VICTIM("E5"),
	/** Art. 31: civil and administrative matters in the statutory list (E7). */
	STATUTORY("E7"),
	/** Art. 32: matters without the hardship condition (E8). */
	NO_HARDSHIP("E8"),
	/** Art. 33: petitions and retrials (E6). */
	RETRIAL("E6"),
	/** A region's additions under arts. 31(9) (E14). */
	REGIONAL("E14");

	private final String routeRule;

	MatterCategory(String routeRule) {
		this.routeRule = routeRule;
	}

	/** The decision-table row of this category's route. */
	public String routeRule() {
		return routeRule;
	}

	public String messageKey() {
		return "eligibility.category." + name();
	}
}
