package org.legalaid.hotline;

/** Who recorded the caller's rating: the operator at the end of the call, or the caller through the survey link. */
public enum SatisfactionSource {
	OPERATOR, SURVEY;

	public String messageKey() {
		return "hotline.satisfactionSource." + name();
	}
}
