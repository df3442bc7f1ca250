package org.legalaid.casework;

/** A ground of LAL art. 48 on which aid is terminated (legal-aid-rules.md §7.1), as stored data. */
public record TerminationGround(String code, String article, String title) {
}
