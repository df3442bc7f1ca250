package org.legalaid.assignment;

/**
 * What a provider is assigned to: a granted application (intake) or a criminal-defence notification from a police,
 * procuratorate or court (LAL arts. 25, 36). {@code number} is the human-readable number shown on letters and lists.
 */
public record CaseSubject(Kind kind, long id, String number) {

	public enum Kind {
		APPLICATION, NOTIFICATION
	}

	public static CaseSubject application(long id, String number) {
		return new CaseSubject(Kind.APPLICATION, id, number);
	}

	public static CaseSubject notification(long id, String number) {
		return new CaseSubject(Kind.NOTIFICATION, id, number);
	}
}
