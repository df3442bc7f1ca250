package org.legalaid.intake;

import java.time.LocalDate;
import java.util.List;

/** What an applicant sees when following their application: no personal data beyond what they typed. */
public record PublicStatus(String number, ApplicationStatus status, LocalDate receivedOn, LocalDate reviewDueOn,
		List<String> missingMaterials, String centreName) {
}
