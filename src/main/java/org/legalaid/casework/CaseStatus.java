package org.legalaid.casework;

import java.util.Set;

/** Where a case stands (legal-aid-rules.md §5.3). The allowed moves between them are {@link CaseTransition}. */
public enum CaseStatus {
	/** 指派: the provider accepted; the entrustment agreement (D8) and the first meeting (D22) are due. */
	ASSIGNED,
	/** 签订委托协议: the agreement and power of attorney are signed. */
	ENGAGED,
	/** 承办: the provider is working on the matter. */
	IN_PROGRESS,
	/** 更换承办人: the provider withdrew or was replaced; waiting for the new provider's acceptance. */
	REASSIGNING,
	/** 办结: the matter ended on the closing date (§5.5); the closing materials are due (D20). */
	CONCLUDED,
	/** 终止: the centre terminated the aid (LAL art. 48); the closing materials of the work done are due (D20). */
	TERMINATED,
	/** 提交结案材料: the centre reviews the closing materials (D21). */
	CLOSING_SUBMITTED,
	/** 归档: the closing materials were accepted and the file archived. Terminal. */
	ARCHIVED;

	/** The states in which the provider works on the case and may log the work. */
	public static final Set<CaseStatus> ACTIVE = Set.of(ASSIGNED, ENGAGED, IN_PROGRESS);

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	public String messageKey() {
		return "casework.status." + name();
	}
}
