package org.legalaid.hotline;

import java.time.OffsetDateTime;

/** A common question with its answer in the knowledge base. */
public record FaqEntry(long id, String topicCode, String question, String answer, String keywords, boolean active,
		OffsetDateTime updatedAt, int version) {
}
