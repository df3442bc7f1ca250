package org.legalaid.network;

/** The institution a workstation is set up in (LAL art. 13; product.md capability 1). */
public enum HostInstitution {
	JUDICIAL_OFFICE, COURT, PROCURATORATE, DETENTION_CENTRE, LABOUR_INSPECTION, MILITARY_UNIT, UNIVERSITY,
	WOMENS_FEDERATION, DISABLED_PERSONS_FEDERATION, TRADE_UNION, YOUTH_LEAGUE, VETERANS_AFFAIRS, PUBLIC_SECURITY,
	COMMUNITY, OTHER;

	public String messageKey() {
		return "unit.host." + name();
	}
}
