package org.legalaid.lawyers;

import java.util.Locale;

/** An entry of a catalogue kept as data (specialties, languages): its code and its Chinese and English names. */
public record CatalogueEntry(String code, String name, String nameEn) {

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
