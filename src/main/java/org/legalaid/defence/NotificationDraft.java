package org.legalaid.defence;

import java.time.LocalDate;
import java.util.List;

import org.legalaid.people.Sex;

/**
 * A notification as the agency sends it: its case number, the stage, the legal reason, the charge, the person (sex
 * and birth date are checked against the resident ID number when given), language needs (a code of the lawyer
 * pool's language catalogue), where the person is held, the hearing date if any, and the co-defendants.
 */
public record NotificationDraft(String caseNumber, Stage stage, LegalReason reason, String charge, String personName,
		String personIdNumber, Sex sex, LocalDate birthDate, String ethnicity, String language, String detentionPlace,
		LocalDate hearingDate, List<CoDefendant> coDefendants) {

	public NotificationDraft {
		coDefendants = coDefendants == null ? List.of() : List.copyOf(coDefendants);
	}

	/** Another suspect or defendant in the same case; the ID number is optional. */
	public record CoDefendant(String name, String idNumber) {
	}
}
