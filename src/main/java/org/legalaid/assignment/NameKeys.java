package org.legalaid.assignment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese names as the conflict check compares them. Names go wrong in records in predictable ways: a homophone
 * written for the right character (章威 for 张伟), a traditional form (張偉), a tone nobody wrote down. The key is the
 * name in simplified characters spelt in toneless pinyin without spaces or separators ({@code zhangwei}), so all of
 * these meet; a name in Latin letters keys to itself in lower case.
 */
final class NameKeys {

	private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
	private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
	/** Transliteration costs tens of microseconds a name; candidates' names come back case after case. */
	private static final int CACHED = 20_000;
	private static final Map<String, String> KEYS = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > CACHED;
		}
	};

	private NameKeys() {
	}

	/** The name in simplified characters, or null for a blank name. */
	static synchronized String simplified(String name) {
		return name == null || name.isBlank() ? null : SIMPLIFIED.transliterate(name.strip());
	}

	/** The matching key of a name, or null for a blank name or one with nothing to spell. */
	static synchronized String of(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return KEYS.computeIfAbsent(name.strip(), NameKeys::spell);
	}

	private static String spell(String name) {
		String simplified = SIMPLIFIED.transliterate(name);
		StringBuilder key = new StringBuilder();
		for (char c : PINYIN.transliterate(simplified).toLowerCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				key.append(c);
			}
		}
		return key.isEmpty() ? null : key.toString();
	}
}
