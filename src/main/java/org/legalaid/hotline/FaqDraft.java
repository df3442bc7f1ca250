package org.legalaid.hotline;

/** A knowledge-base entry as entered by an administrator; {@code keywords} are extra search words, space separated. */
public record FaqDraft(String topicCode, String question, String answer, String keywords, boolean active) {
}
