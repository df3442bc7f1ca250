package org.legalaid.network;

/** What a service unit is. */
public enum UnitKind {
	/** 法律援助中心 at province, prefecture or county level. */
	CENTRE("C"),
	/** 法律援助工作站, hosted by another institution. */
	WORKSTATION("W"),
	/** 法律援助联络点 in a village or community. */
	LIAISON_POINT("L");

	private final String codeLetter;

	UnitKind(String codeLetter) {
		this.codeLetter = codeLetter;
	}

	String codeLetter() {
		return codeLetter;
	}

	public String messageKey() {
		return "unit.kind." + name();
	}
}
