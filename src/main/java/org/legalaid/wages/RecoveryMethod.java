package org.legalaid.wages;

/** How wages were recovered. */
public enum RecoveryMethod {
	/** 协商 with the employer. */
	NEGOTIATION,
	/** 调解 (people's or labour-dispute mediation). */
	MEDIATION,
	/** 劳动仲裁 award or settlement. */
	ARBITRATION,
	/** 诉讼 judgment, settlement or enforcement. */
	LITIGATION,
	/** 劳动保障监察 order to pay (责令支付). */
	INSPECTION_ORDER;

	public String messageKey() {
		return "wages.recovery.method." + name();
	}
}
