package org.legalaid.defence.web;

import org.legalaid.defence.Agency;
import org.legalaid.defence.AgencyDraft;
import org.legalaid.defence.AgencyKind;

/** The form registering or changing a partner agency (the centre is chosen on registering only); refusals name these fields. */
public class AgencyForm {

	private Long centreId;
	private AgencyKind kind;
	private String name;
	private Long stationUnitId;

	/** The form filled with the agency as it is. */
	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.setCentreId(agency.centreId());
		form.setKind(agency.kind());
		form.setName(agency.name());
		form.setStationUnitId(agency.stationUnitId());
		return form;
	}

	AgencyDraft draft() {
		return new AgencyDraft(centreId, kind, name, stationUnitId);
	}

	public Long getCentreId() {
		return centreId;
	}

	public void setCentreId(Long centreId) {
		this.centreId = centreId;
	}

	public AgencyKind getKind() {
		return kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getStationUnitId() {
		return stationUnitId;
	}

	public void setStationUnitId(Long stationUnitId) {
		this.stationUnitId = stationUnitId;
	}
}
