package org.legalaid.lawyers;

import java.time.LocalDate;

/** A disciplinary record as entered. */
public record DisciplineDraft(LocalDate decidedOn, String authority, String sanction, LocalDate untilOn) {
}
