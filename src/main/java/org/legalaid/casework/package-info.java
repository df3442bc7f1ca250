/**
 * Casework (legal-aid-rules.md §5.3 from ASSIGNED to ARCHIVED, §7): the case after a provider accepted it. One
 * explicit state machine ({@link org.legalaid.casework.CaseTransition}) with the deadlines each step starts (D8, D22,
 * D20, D21); the provider's log with attachments; major cases and their collective discussions; the outcome;
 * termination on the grounds of LAL art. 48 with the written decision; the closing materials, their review and the
 * archive number; the whole case file as one PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.legalaid.casework;
