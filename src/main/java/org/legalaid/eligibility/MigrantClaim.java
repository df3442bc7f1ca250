package org.legalaid.eligibility;

/** What a migrant worker (进城务工人员) claims, for art. 42(3). */
public enum MigrantClaim {
	NONE, PAY, WORK_INJURY_COMPENSATION
}
