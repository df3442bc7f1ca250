package org.legalaid.duty;

/** How a station is staffed (DutyMeasures [V2]): lawyers stationed there on set days, or scheduled on call or remotely. */
public enum StationMode {
	/** 派驻: a duty lawyer is present on the station's opening days. */
	STATIONED,
	/** 安排: on call or remote; shifts may fall on any day. */
	SCHEDULED;

	public String messageKey() {
		return "duty.mode." + name();
	}
}
