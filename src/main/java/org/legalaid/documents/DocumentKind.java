package org.legalaid.documents;

/**
 * The official documents the platform issues, after the standard forms of SF/T 0024 §8 (legal-aid-rules.md §3.3).
 * Internal forms that are filled in rather than issued (register, application form, approval form) are not here.
 * {@code numberWord} is the kind's word in the document number ({@code 甘城援受〔2026〕12号}); the display name is
 * the message {@code documents.kind.<NAME>}.
 */
public enum DocumentKind {

	/** 8.5 申请材料接收凭证. */
	RECEIPT("8.5", "受"),
	/** 8.6 补充材料/说明通知书 (one-time notice to supplement or explain). */
	SUPPLEMENT_NOTICE("8.6", "补"),
	/** 8.7 协作函. */
	COOPERATION_LETTER("8.7", "协"),
	/** 8.9 给予法律援助决定书. */
	GRANT_DECISION("8.9", "予"),
	/** 8.10 不予法律援助决定书. */
	REFUSAL_DECISION("8.10", "不予"),
	/** 8.11 送达回证. */
	SERVICE_RECEIPT("8.11", "送"),
	/** 8.12 指派通知书. */
	ASSIGNMENT_NOTICE("8.12", "指"),
	/** 终止法律援助决定书. */
	TERMINATION_DECISION("", "终"),
	/** Decision of the justice bureau on an objection (异议处理决定书). */
	OBJECTION_DECISION("", "异"),
	/** 8.14 法律援助公函 (general). */
	OFFICIAL_LETTER("8.14", "函"),
	/** 8.15 法律援助公函 (转交申请). */
	TRANSFER_LETTER("8.15", "转"),
	/** 8.16 法律援助公函 (通知辩护). */
	NOTIFIED_DEFENCE_LETTER("8.16", "辩"),
	/** 8.17 法律援助公函 (强制医疗). */
	COMPULSORY_MEDICAL_LETTER("8.17", "医");

	private final String formCode;
	private final String numberWord;

	DocumentKind(String formCode, String numberWord) {
		this.formCode = formCode;
		this.numberWord = numberWord;
	}

	/** The SF/T 0024 form number ({@code 8.9}), empty when the standard has no form for it. */
	public String formCode() {
		return formCode;
	}

	public String numberWord() {
		return numberWord;
	}

	public String messageKey() {
		return "documents.kind." + name();
	}
}
