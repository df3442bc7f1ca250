package org.legalaid.duty;

import java.time.OffsetDateTime;

import org.legalaid.lawyers.ProviderId;

/** A shift to schedule: the station (a workstation's unit id), the aid provider, start and end. */
public record ShiftDraft(Long stationUnitId, ProviderId providerId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
