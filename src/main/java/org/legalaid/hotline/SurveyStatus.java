package org.legalaid.hotline;

/** The state of a survey link as the caller meets it. */
public enum SurveyStatus {
	OPEN, ANSWERED, EXPIRED, UNKNOWN;

	public String messageKey() {
		return "hotline.survey.status." + name();
	}
}
