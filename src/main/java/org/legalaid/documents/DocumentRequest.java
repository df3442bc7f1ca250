package org.legalaid.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What to render: a template under {@code templates/documents/} (its name without {@code .html}, for example
 * {@code official-letter}), the template's model, and the header every document carries. {@code locale} defaults to
 * Simplified Chinese and {@code date} (the date on the seal line) to today.
 */
public record DocumentRequest(String template, Map<String, ?> model, Locale locale, String unitName, String title,
		String number, LocalDate date) {

	public DocumentRequest {
		Objects.requireNonNull(template, "template");
		if (!template.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("template must be a plain name under templates/documents/: " + template);
		}
		if ("layout".equals(template)) {
			throw new IllegalArgumentException("the layout is not a document");
		}
		Objects.requireNonNull(unitName, "unitName");
		Objects.requireNonNull(title, "title");
		model = model == null ? Map.of() : Map.copyOf(model);
		locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
		number = number == null ? "" : number;
	}

	public DocumentRequest(String template, Map<String, ?> model, String unitName, String title, String number) {
		this(template, model, null, unitName, title, number, null);
	}
}
