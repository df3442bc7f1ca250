package org.legalaid.network;

/** A village liaison officer or legal adviser attached to a unit and covering one division. */
public record NetworkPerson(long id, long unitId, PersonRole role, String name, String divisionCode, String divisionName,
		boolean active) {
}
