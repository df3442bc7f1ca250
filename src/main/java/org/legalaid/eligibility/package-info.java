/**
 * Eligibility by law (legal-aid-rules.md §4): the matter catalogue with regional additions, exemptions from the
 * economic-status check, regional hardship standards, integrity commitments and credit records, the
 * information-sharing port for minimum-living-allowance and special-hardship status, and one pure decision
 * function that returns the outcome with every rule and article it applied.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility")
package org.legalaid.eligibility;
