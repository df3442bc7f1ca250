package org.legalaid.intake;

/** How an application reached the centre (legal-aid-rules.md §3.2). */
public enum Channel {
	/** In person at a service window. */
	WINDOW,
	/** Web or mobile self-service. */
	ONLINE,
	/** By telephone, including the 12348 hotline, where the region accepts phone applications. */
	PHONE,
	/** At a workstation or liaison point. */
	WORKSTATION,
	MAIL,
	KIOSK,
	/** 上门: a home visit for the elderly, the seriously ill or the disabled. */
	HOME_VISIT,
	/** Forwarded by a detention centre or case-handling organ: must arrive within 24 hours (D1, LAL art. 39). */
	FORWARDED_BY_ORGAN,
	/** Forwarded by a duty lawyer: within 24 hours (D2, LAL art. 39 para. 2). */
	FORWARDED_BY_DUTY_LAWYER;

	/** Forwarded applications carry the time the forwarding organ received them. */
	public boolean isForwarded() {
		return this == FORWARDED_BY_ORGAN || this == FORWARDED_BY_DUTY_LAWYER;
	}

	public String messageKey() {
		return "application.channel." + name();
	}
}
