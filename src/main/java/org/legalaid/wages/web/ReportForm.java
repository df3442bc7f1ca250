package org.legalaid.wages.web;

/** A reply or progress report on the supervision round {@code supervisionId}. */
record ReportForm(Long supervisionId, String text) {

	static ReportForm empty() {
		return new ReportForm(null, null);
	}
}
