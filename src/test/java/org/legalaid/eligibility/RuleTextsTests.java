package org.legalaid.eligibility;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTextsTests {

	private final RuleTexts texts = new RuleTexts(messages());

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/eligibility");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void spellsOutCodedArgumentsAndAddsTheArticle() {
		var missing = new AppliedRule("S-MATERIALS", "法律援助法第四十三条", "eligibility.rule.materials.missing",
				List.of("IDENTITY_DOCUMENT、CASE_MATERIALS"));
		assertThat(texts.describe(missing, Locale.SIMPLIFIED_CHINESE)).contains("身份证件、与所申请事项有关的材料")
			.endsWith("（法律援助法第四十三条）").doesNotContain("IDENTITY_DOCUMENT");
		var signed = new AppliedRule("H-COMMITMENT", "法律援助法第四十一条", "eligibility.rule.hardship.commitment", List.of("THUMBPRINT"));
		assertThat(texts.describe(signed, Locale.SIMPLIFIED_CHINESE)).contains("按指印").doesNotContain("THUMBPRINT");
		assertThat(texts.describe(signed, Locale.ENGLISH)).doesNotContain("THUMBPRINT");
	}

	@Test
	void leavesOrdinaryArgumentsAlone() {
		var met = new AppliedRule("H-STANDARD", "法律援助法第三十四条", "eligibility.rule.hardship.met", List.of("600.00", "1820.00", "甘肃省最低工资标准"));
		assertThat(texts.describe(met, Locale.SIMPLIFIED_CHINESE)).contains("600.00").contains("1820.00");
	}
}
