package org.legalaid.duty;

import java.time.DayOfWeek;
import java.util.Set;

import org.legalaid.network.HostInstitution;

/**
 * A duty-lawyer station: a network workstation hosted by a court, procuratorate, detention centre or public security
 * organ, with its staffing mode and opening days ({@code configured} false: the defaults, never saved).
 * {@code divisionCode} is the region whose duty lawyers may serve it.
 */
public record Station(long unitId, String code, String name, HostInstitution host, String divisionCode, String divisionName,
		String unitPath, StationMode mode, Set<DayOfWeek> openDays, String note, boolean configured, int version) {

	public Station {
		openDays = Set.copyOf(openDays);
	}

	/** Whether a shift may start on the day: any day when on call, else an opening day. */
	public boolean takesShiftsOn(DayOfWeek day) {
		return mode == StationMode.SCHEDULED || openDays.contains(day);
	}

	public String hostMessageKey() {
		return host.messageKey();
	}
}
