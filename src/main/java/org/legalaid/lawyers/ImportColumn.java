package org.legalaid.lawyers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a provider import, named in the header row by their key or their Chinese name, in any order.
 * {@code field} is the draft field a rule violation names, so the error lands on its column.
 */
enum ImportColumn {
	KIND("kind", "类别", "kind", true),
	NAME("name", "姓名", "name", true),
	ID_NUMBER("id_number", "身份证号", "idNumber", true),
	PHONE("phone", "手机号", "phone", false),
	LICENCE("licence_number", "执业证号", "licenceNumber", false),
	FIRST_PRACTICE("first_practice_date", "首次执业日期", "firstPracticeDate", false),
	CRIMINAL_SINCE("criminal_defence_since", "刑事辩护起始日期", "criminalDefenceSince", false),
	ORGANISATION("organisation_credit_code", "所属机构统一社会信用代码", "organisationId", true),
	SPECIALTIES("specialties", "专长", "specialties", false),
	REGIONS("regions", "服务区域", "regions", true),
	LANGUAGES("languages", "语言", "languages", false),
	DUTY("duty_lawyer", "值班律师", "dutyLawyer", false),
	CAP("max_open_cases", "最大在办案件数", "maxOpenCases", false);

	private final String key;
	private final String chinese;
	private final String field;
	private final boolean required;

	ImportColumn(String key, String chinese, String field, boolean required) {
		this.key = key;
		this.chinese = chinese;
		this.field = field;
		this.required = required;
	}

	String key() {
		return key;
	}

	String chinese() {
		return chinese;
	}

	boolean required() {
		return required;
	}

	static Optional<ImportColumn> named(String header) {
		String h = header == null ? "" : header.strip().replace("\uFEFF", "");
		for (ImportColumn c : values()) {
			if (c.key.equals(h.toLowerCase(Locale.ROOT)) || c.chinese.equals(h)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The column a draft field belongs to (the field name itself when no column has it). */
	static String columnOf(String field) {
		if (field == null) {
			return null;
		}
		for (ImportColumn c : values()) {
			if (c.field.equals(field)) {
				return c.key;
			}
		}
		return FIELD_ALIASES.getOrDefault(field, field);
	}

	private static final Map<String, String> FIELD_ALIASES = Map.of("documentNumber", "id_number");
}
