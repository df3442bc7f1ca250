package org.legalaid.defence;

import java.time.OffsetDateTime;

/**
 * A detainee's application as the detention centre forwards it: the applicant, when the detention centre received the
 * request (D1 runs from then), the matter (criminal defence, LAL art. 24, by default) and the facts.
 */
public record ForwardedDraft(String name, String idNumber, OffsetDateTime receivedAt, String matterCode, String facts) {
}
