package org.legalaid.intake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an application up to the decision (legal-aid-rules.md §5.3). Assignment and casework carry
 * the case on from GRANTED and PRE_AID.
 */
public enum ApplicationStatus {
	/** 收到申请: the review time limit (D4) runs from here. */
	RECEIVED,
	/** 一次性告知补正: all missing materials listed at once; D4 paused, the supplement deadline runs. */
	SUPPLEMENT_REQUESTED,
	/** 审查: scope, jurisdiction and hardship per §4.2. */
	UNDER_REVIEW,
	/** 先行提供法律援助 (LAL art. 44): urgent, aided first and reviewed after. */
	PRE_AID,
	/** 给予法律援助: assignment (D6) follows. */
	GRANTED,
	/** 不予法律援助: written reasons, the right to object. */
	REFUSED,
	/** 视为撤回: not supplemented as required (LAL art. 43 para. 2). */
	DEEMED_WITHDRAWN,
	/** Withdrawn by the applicant. */
	WITHDRAWN;

	private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
			RECEIVED, EnumSet.of(SUPPLEMENT_REQUESTED, UNDER_REVIEW, PRE_AID, WITHDRAWN),
			SUPPLEMENT_REQUESTED, EnumSet.of(UNDER_REVIEW, DEEMED_WITHDRAWN, WITHDRAWN),
			UNDER_REVIEW, EnumSet.of(SUPPLEMENT_REQUESTED, GRANTED, REFUSED, PRE_AID, WITHDRAWN),
			PRE_AID, EnumSet.of(GRANTED, REFUSED, WITHDRAWN),
			GRANTED, EnumSet.noneOf(ApplicationStatus.class),
			REFUSED, EnumSet.of(UNDER_REVIEW),
			DEEMED_WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class),
			WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

	public boolean canMoveTo(ApplicationStatus target) {
		return NEXT.get(this).contains(target);
	}


	public boolean isOpen() {
		return this == RECEIVED || this == SUPPLEMENT_REQUESTED || this == UNDER_REVIEW || this == PRE_AID;
	}

	public String messageKey() {
		return "application.status." + name();
	}
}
