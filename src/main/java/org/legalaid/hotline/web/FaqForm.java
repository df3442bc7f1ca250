package org.legalaid.hotline.web;

import org.legalaid.hotline.FaqDraft;
import org.legalaid.hotline.FaqEntry;

/** Adding or editing a knowledge-base entry; {@code version} is the one read, for an edit. */
record FaqForm(Long id, Integer version, String topicCode, String question, String answer, String keywords, Boolean active) {

	static FaqForm empty() {
		return new FaqForm(null, null, null, null, null, null, true);
	}

	static FaqForm of(FaqEntry e) {
		return new FaqForm(e.id(), e.version(), e.topicCode(), e.question(), e.answer(), e.keywords(), e.active());
	}

	FaqDraft draft() {
		return new FaqDraft(topicCode, question, answer, keywords, Boolean.TRUE.equals(active));
	}
}
