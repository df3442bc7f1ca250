package org.legalaid.assignment;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment bundle in Chinese and English has the same keys, and every value pages show has its message. */
class AssignmentMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name).getInputStream(), StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

	@Test
	void bothLanguagesHaveEveryMessage() throws IOException {
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
		Properties zh = load("assignment.properties");
		Properties en = load("assignment_en.properties");
		assertThat(zh.stringPropertyNames()).containsAll(keys);
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
	}
}
