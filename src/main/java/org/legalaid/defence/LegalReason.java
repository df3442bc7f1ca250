package org.legalaid.defence;

/**
 * Why the agency must (or may) notify the centre (legal-aid-rules.md §4.2 E1–E3, §6.1), with the article it rests on.
 * {@link #minCriminalYears()} is the experience the assigned lawyer needs (LAL art. 26); {@link #minorsSpecialty()}
 * asks for a lawyer familiar with minors (PR2023 art. 26 para. 2).
 */
public enum LegalReason {
	/** 未成年人 */
	MINOR("法律援助法第二十五条第一款第一项"),
	/** 视力、听力、言语残疾人 */
	BLIND_DEAF_OR_MUTE("法律援助法第二十五条第一款第二项"),
	/** 不能完全辨认自己行为的成年人 */
	MENTAL_INCAPACITY("法律援助法第二十五条第一款第三项"),
	/** 可能被判处无期徒刑、死刑的人 */
	LIFE_OR_DEATH("法律援助法第二十五条第一款第四项；第二十六条"),
	/** 申请法律援助的死刑复核案件被告人 */
	DEATH_PENALTY_REVIEW("法律援助法第二十五条第一款第五项；第二十六条"),
	/** 缺席审判案件的被告人 */
	TRIAL_IN_ABSENTIA("法律援助法第二十五条第一款第六项"),
	/** 法律法规规定的其他人员 */
	OTHER_BY_LAW("法律援助法第二十五条第一款第七项"),
	/** 其他适用普通程序审判案件的被告人（人民法院可以通知） */
	ORDINARY_PROCEDURE("法律援助法第二十五条第二款"),
	/** 强制医疗案件的被申请人或者被告人 */
	COMPULSORY_MEDICAL_TREATMENT("法律援助法第二十八条");

	private final String article;

	LegalReason(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}

	/** Years of criminal-defence practice the assigned lawyer needs, or null when the law sets none. */
	public Integer minCriminalYears() {
		return this == LIFE_OR_DEATH || this == DEATH_PENALTY_REVIEW ? 3 : null;
	}

	/** The matter assignment's criteria see: notified representation in compulsory treatment (art. 28), else defence (art. 25). */
	public String matterCode() {
		return this == COMPULSORY_MEDICAL_TREATMENT ? "N28" : "N25";
	}

	public boolean minorsSpecialty() {
		return this == MINOR;
	}

	public String messageKey() {
		return "defence.reason." + name();
	}
}
