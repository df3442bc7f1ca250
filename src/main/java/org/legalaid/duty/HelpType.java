package org.legalaid.duty;

/** What the duty lawyer did (legal-aid-rules.md §8.2); a help event has one or more. */
public enum HelpType {
	/** 法律咨询. */
	CONSULTATION,
	/** 程序选择建议. */
	PROCEDURE_ADVICE,
	/** 帮助申请变更强制措施. */
	COMPULSORY_MEASURE_CHANGE,
	/** 对案件处理提出意见. */
	CASE_OPINION,
	/** 帮助申请法律援助（并在 24 小时内转交）. */
	APPLICATION_HELP,
	/** 认罪认罚：解释罪名、法律规定、后果和从宽幅度. */
	PLEA_EXPLANATION,
	/** 认罪认罚具结书签署在场. */
	PLEA_SIGNING_PRESENT,
	/** 会见. */
	MEETING,
	/** 阅卷. */
	FILE_READING,
	OTHER;

	/** Only in a plea-leniency (认罪认罚) case. */
	public boolean pleaOnly() {
		return this == PLEA_EXPLANATION || this == PLEA_SIGNING_PRESENT;
	}

	public String messageKey() {
		return "duty.type." + name();
	}
}
