package org.legalaid.lawyers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legalaid.lawyers.CatalogueEntry;
import org.springframework.context.i18n.LocaleContextHolder;

/** A catalogue's names in the request's language, by code, for pages. */
final class Names {

	private Names() {
	}

	static Map<String, String> of(List<CatalogueEntry> entries) {
		Map<String, String> names = new LinkedHashMap<>();
		var locale = LocaleContextHolder.getLocale();
		entries.forEach(e -> names.put(e.code(), e.label(locale)));
		return names;
	}
}
