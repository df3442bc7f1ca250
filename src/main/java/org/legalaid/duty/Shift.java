package org.legalaid.duty;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.legalaid.lawyers.ProviderId;

/**
 * One duty shift (§8.3 "per shift"): the duty lawyer, the station, start and end, and the number of people helped in
 * it (person-times, 人次), counted from the legal-help records.
 */
public record Shift(ShiftId id, long stationUnitId, String stationName, ProviderId providerId, String providerName,
		OffsetDateTime startsAt, OffsetDateTime endsAt, long peopleHelped, String createdBy, int version) {

	/** Whether the instant falls in the shift (start inclusive, end exclusive). */
	public boolean covers(OffsetDateTime at) {
		return !at.isBefore(startsAt) && at.isBefore(endsAt);
	}

	public boolean endedBy(OffsetDateTime at) {
		return !endsAt.isAfter(at);
	}

	public Duration length() {
		return Duration.between(startsAt, endsAt);
	}

	Shift atStation(String name) {
		return new Shift(id, stationUnitId, name, providerId, providerName, startsAt, endsAt, peopleHelped, createdBy, version);
	}
}
