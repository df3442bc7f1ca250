package org.legalaid.network.web;

import org.legalaid.network.HostInstitution;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitDraft;
import org.legalaid.network.UnitKind;

/** The unit form as posted. */
record UnitForm(Long parentId, UnitKind kind, String name, HostInstitution hostInstitution, String divisionCode,
		String address, String phone, String openingHours, Integer version) {

	UnitDraft draft() {
		return new UnitDraft(parentId, kind, name, hostInstitution, divisionCode, address, phone, openingHours);
	}

	static UnitForm of(ServiceUnit u) {
		return new UnitForm(u.parentId(), u.kind(), u.name(), u.hostInstitution(), u.divisionCode(), u.address(), u.phone(),
				u.openingHours(), u.version());
	}

	static UnitForm under(ServiceUnit parent) {
		UnitKind kind = parent == null || parent.kind() == UnitKind.WORKSTATION ? UnitKind.LIAISON_POINT : UnitKind.WORKSTATION;
		return new UnitForm(parent == null ? null : parent.id(), parent == null ? UnitKind.CENTRE : kind, "", null,
				parent == null ? "" : parent.divisionCode(), "", "", "", 0);
	}
}
