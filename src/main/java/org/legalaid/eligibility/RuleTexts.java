package org.legalaid.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence an applied rule stands for, in the reader's language, with its coded arguments (materials, roles,
 * signature kinds, notification grounds, sharing results) spelled out. Pages and letters both use it.
 */
@Component
public class RuleTexts {

	private static final List<String> CODE_PREFIXES = List.of("eligibility.material.", "eligibility.role.",
			"eligibility.signature.", "eligibility.ground.", "eligibility.sharing.");

	private final MessageSource messages;

	RuleTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The rule's sentence followed by its article, e.g. "…（法律援助法第三十一条第（五）项）". */
	public String describe(AppliedRule rule, Locale locale) {
		Object[] args = rule.args().stream().map(arg -> spellOut(arg, locale)).toArray();
		return messages.getMessage(rule.messageKey(), args, rule.messageKey(), locale) + "（" + rule.article() + "）";
	}

	private String spellOut(String arg, Locale locale) {
		if (arg.contains("、")) {
			return Arrays.stream(arg.split("、")).map(part -> spellOut(part, locale)).collect(Collectors.joining("、"));
		}
		if (!arg.matches("[A-Z][A-Z0-9_]*")) {
			return arg;
		}
		for (String prefix : CODE_PREFIXES) {
			String text = messages.getMessage(prefix + arg, null, null, locale);
			if (text != null) {
				return text;
			}
		}
		return arg;
	}
}
