package org.legalaid.lawyers.web;

import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.OrganisationDraft;
import org.legalaid.lawyers.OrganisationKind;

/** Adding or editing an organisation; {@code version} is the one read, for an edit. */
record OrganisationForm(Integer version, OrganisationKind kind, String name, String creditCode, String divisionCode, String address,
		String phone, Boolean active) {

	static OrganisationForm empty() {
		return new OrganisationForm(null, OrganisationKind.LAW_FIRM, null, null, null, null, null, true);
	}

	static OrganisationForm of(Organisation o) {
		return new OrganisationForm(o.version(), o.kind(), o.name(), o.creditCode(), o.divisionCode(), o.address(), o.phone(), o.active());
	}

	OrganisationDraft draft() {
		return new OrganisationDraft(null, kind, name, creditCode, divisionCode, address, phone);
	}
}
