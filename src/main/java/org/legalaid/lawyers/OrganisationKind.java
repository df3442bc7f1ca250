package org.legalaid.lawyers;

/** Undertaking organisations (承办机构, PR2023 arts. 24–25), with the law-school clinics that lend volunteers. */
public enum OrganisationKind {
	/** 律师事务所 */
	LAW_FIRM,
	/** 基层法律服务所 */
	GRASSROOTS_OFFICE,
	/** 法律援助中心 (the agency itself) */
	AID_CENTRE,
	/** 法学院法律诊所 */
	LAW_SCHOOL_CLINIC;

	public String messageKey() {
		return "lawyers.organisation.kind." + name();
	}
}
