package org.legalaid.duty;

import java.util.List;

import org.legalaid.lawyers.Candidate;

/**
 * What the signed-in member may choose when recording legal help: whether they may record at all, whether they record
 * on a duty lawyer's behalf (centre staff: {@code dutyLawyers} lists the duty lawyers eligible today at any of the
 * stations) or as the duty lawyer ({@code lawyerName}); the stations to choose from; and the lawyer's shift running now,
 * whose station is the default.
 */
public record RecordingOptions(boolean mayRecord, boolean onBehalf, String lawyerName, List<Station> stations,
		List<Candidate> dutyLawyers, Shift currentShift) {

	public RecordingOptions {
		stations = List.copyOf(stations);
		dutyLawyers = List.copyOf(dutyLawyers);
	}

	/** The station to preselect: that of the shift running now, else the only one. */
	public Long defaultStation() {
		if (currentShift != null) {
			return currentShift.stationUnitId();
		}
		return stations.size() == 1 ? stations.getFirst().unitId() : null;
	}
}
