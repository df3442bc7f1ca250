package org.legalaid.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.legalaid.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment bundle in Chinese and English has the same keys, and every value pages show has its message. */
class AssignmentMessagesTests {

	@Test
	void bothLanguagesHaveEveryMessage() {
		List<String> keys = new ArrayList<>();
		for (AssignmentStatus s : AssignmentStatus.values()) {
			keys.add(s.messageKey());
		}
		for (OfferStatus s : OfferStatus.values()) {
			keys.add(s.messageKey());
		}
		for (QueueFilter f : QueueFilter.values()) {
			keys.add(f.messageKey());
		}
		for (CaseSubject.Kind k : CaseSubject.Kind.values()) {
			keys.add("assignment.kind." + k.name());
		}
		for (String code : List.of(ConflictCheck.ACTED_FOR, ConflictCheck.FIRM_ACTED_FOR, ConflictCheck.IS_PARTY, "DECLINED")) {
			keys.add(ConflictCheck.key(code));
		}
		Properties zh = Bundles.load("assignment.properties");
		Properties en = Bundles.load("assignment_en.properties");
		assertThat(zh.stringPropertyNames()).containsAll(keys);
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
	}
}
