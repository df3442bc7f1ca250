package org.legalaid.lawyers;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalaid.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value of the pool's enums that pages show has its message in Chinese and English. */
class LawyerMessagesTests {

	@Test
	void everyEnumValueHasItsMessage() {
		List<String> keys = new ArrayList<>();
		for (ProviderKind k : ProviderKind.values()) {
			keys.add(k.messageKey());
		}
		for (ProviderStatus s : ProviderStatus.values()) {
			keys.add(s.messageKey());
		}
		for (OrganisationKind k : OrganisationKind.values()) {
			keys.add(k.messageKey());
		}
		for (ExclusionReason r : ExclusionReason.values()) {
			keys.add(r.messageKey());
		}
		for (Criterion c : Criterion.values()) {
			keys.add(c.messageKey());
		}
		for (ImportStatus s : ImportStatus.values()) {
			keys.add(s.messageKey());
		}
		for (ProviderSort s : ProviderSort.values()) {
			keys.add(s.messageKey());
		}
		for (String action : List.of("REGISTER", "ADMIT", "RENEW", "SUSPEND", "REINSTATE", "REMOVE")) {
			keys.add("lawyers.action." + action);
		}
		assertThat(Bundles.load("lawyers.properties").stringPropertyNames()).containsAll(keys);
		assertThat(Bundles.load("lawyers_en.properties").stringPropertyNames()).containsAll(keys);
	}

	@Test
	void creditCodesCarryTheirCheckCharacter() {
		assertThat(UnifiedCreditCode.isValid("91350100M000100Y43")).isTrue();
		String body = "91620102MA7XYW123";
		String code = body + UnifiedCreditCode.checkCharacter(body);
		assertThat(UnifiedCreditCode.isValid(code)).isTrue();
		assertThat(UnifiedCreditCode.isValid(body + (code.charAt(17) == '0' ? '1' : '0'))).isFalse();
		assertThat(UnifiedCreditCode.isValid("91620102MA7XYZ12I" + "0")).isFalse();
		assertThat(UnifiedCreditCode.isValid(null)).isFalse();
	}
}
