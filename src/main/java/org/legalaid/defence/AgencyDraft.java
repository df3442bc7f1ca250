package org.legalaid.defence;

/** What is entered to create or change a partner agency. */
public record AgencyDraft(Long centreId, AgencyKind kind, String name, Long stationUnitId) {
}
