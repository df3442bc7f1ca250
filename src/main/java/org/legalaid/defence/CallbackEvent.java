package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.legalaid.assignment.LawyerAssigned;

/** The JSON bodies of callback events: what changed, on which notification, with the agency's own case number. */
final class CallbackEvent {

	private CallbackEvent() {
	}

	static Map<String, Object> counsel(Notification n, LawyerAssigned a, String phone) {
		Map<String, Object> counsel = new LinkedHashMap<>();
		counsel.put("name", a.providerName());
		counsel.put("firm", a.organisationName());
		counsel.put("phone", phone);
		counsel.put("acceptedAt", a.acceptedAt().toString());
		Map<String, Object> body = notification(n, NotificationStatus.COUNSEL_ASSIGNED);
		body.put("counsel", counsel);
		return body;
	}

	static Map<String, Object> notification(Notification n, NotificationStatus status) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("notificationId", n.id());
		body.put("number", n.number());
		body.put("caseNumber", n.caseNumber());
		body.put("status", status.name());
		return body;
	}

	static Map<String, Object> envelope(String type, OffsetDateTime at, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("occurredAt", at.toString());
		body.put("data", data);
		return body;
	}
}
