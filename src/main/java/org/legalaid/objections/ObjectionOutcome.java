package org.legalaid.objections;

/** The justice department's decision on an objection (LAL art. 49 para. 2). */
public enum ObjectionOutcome {
	/** 维持: the refusal stands. */
	UPHELD(ObjectionStatus.UPHELD),
	/** 责令改正: the centre must review the application again. */
	ORDER_CORRECTION(ObjectionStatus.CORRECTION_ORDERED);

	private final ObjectionStatus status;

	ObjectionOutcome(ObjectionStatus status) {
		this.status = status;
	}

	/** The objection's status after this decision. */
	public ObjectionStatus status() {
		return status;
	}

	public String messageKey() {
		return "objection.outcome." + name();
	}
}
