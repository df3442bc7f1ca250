/**
 * The 12348 hotline and consultations (product.md capability 8): consultation records from the phone, the web, the
 * window, workstations and outreach events; the caller's satisfaction, recorded by the operator or by a one-page
 * survey sent as a text message; referrals to other centres and hotlines tracked to a result; and the knowledge base
 * of common questions the operator searches during a call. Consultation needs no eligibility check
 * (legal-aid-rules.md §4.1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline and consultations")
package org.legalaid.hotline;
