package org.legalaid.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.legalaid.shared.RuleViolation;

/** The regional matter form as posted; dates are ISO text, checked when turned into a draft. */
record MatterForm(String code, String regionPrefix, String name, String article, Boolean hardshipRequired,
		String effectiveFrom, String effectiveTo, String source) {

	static MatterForm empty(String regionPrefix) {
		return new MatterForm("", regionPrefix, "", "法律援助法第三十一条第（九）项；", true, "", "", "");
	}

	MatterDraft draft() {
		return new MatterDraft(code, regionPrefix, name, article, hardshipRequired != null && hardshipRequired,
				date(effectiveFrom, "effectiveFrom"), date(effectiveTo, "effectiveTo"), source);
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(field, "eligibility.matter.date.invalid");
		}
	}
}
