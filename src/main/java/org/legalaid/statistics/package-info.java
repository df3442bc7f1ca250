/**
 * Figures (product.md capability 12): roll-ups by unit and period, derived from the events the other modules
 * publish. Nothing depends on this module. So far: the same-day measure of green-channel applications (五个当天).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.legalaid.statistics;
