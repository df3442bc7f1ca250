package org.legalaid.eligibility;

import org.legalaid.shared.FormValues;

/** The regional matter form as posted; dates are ISO text, checked when turned into a draft. */
record MatterForm(String code, String regionPrefix, String name, String article, Boolean hardshipRequired,
		String effectiveFrom, String effectiveTo, String source) {

	static MatterForm empty(String regionPrefix) {
		return new MatterForm("", regionPrefix, "", "法律援助法第三十一条第（九）项；", true, "", "", "");
	}

	MatterDraft draft() {
		return new MatterDraft(code, regionPrefix, name, article, hardshipRequired != null && hardshipRequired,
				FormValues.date("effectiveFrom", effectiveFrom), FormValues.date("effectiveTo", effectiveTo), source);
	}

}
