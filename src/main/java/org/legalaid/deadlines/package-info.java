/**
 * Calendar and time limits: the official holiday calendar with adjusted working weekends, the deadline rules of
 * the Legal Aid Law with regional overrides, due-date counting under the Civil Code rules, timers on other
 * modules' records and the sweep that raises "due soon" and "overdue" alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar and time limits")
package org.legalaid.deadlines;
