/**
 * Criminal defence for all (legal-aid-rules.md §6; LAL arts. 25, 26, 28, 36, 39): partner agencies (public security
 * bureaus, procuratorates, courts, detention centres) with API credentials of their own; their notifications of
 * suspects and defendants who must be given a lawyer, opened for assignment under the D10 time limit with the
 * experience rule; callbacks that tell the agency about counsel; detainees' applications forwarded by detention
 * centres (D1); and the full-coverage view of every notified person with or without counsel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criminal defence")
package org.legalaid.defence;
