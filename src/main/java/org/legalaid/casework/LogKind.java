package org.legalaid.casework;

/**
 * The kinds of work a provider logs on a case (SF/T 0032 ch. 8.5, SF/T 0033). {@code place} names the court of a
 * hearing, the procuratorate supporting a prosecution or the mediation body a case is referred to, where the kind
 * requires one; {@code amount} is what a judgment awards or an enforcement recovers.
 */
public enum LogKind {
	/** 会见受援人: meets the first-meeting time limit (D22). */
	MEETING(false, false),
	/** 调查取证. */
	EVIDENCE(false, false),
	/** 立案/提交诉讼文书. */
	FILING(false, false),
	/** 出庭 (date and court). */
	HEARING(true, false),
	/** 调解. */
	MEDIATION(false, false),
	/** 判决/裁定 (amount awarded). */
	JUDGMENT(false, true),
	/** 执行 (amount recovered). */
	ENFORCEMENT(false, true),
	/** 检察机关支持起诉 (the procuratorate). */
	SUPPORT_PROSECUTION(true, false),
	/** 引导/转交调解 (the mediation body). */
	MEDIATION_REFERRAL(true, false),
	/** 承办人退出: the provider withdraws; the case goes back to assignment. */
	WITHDRAWAL(false, false);

	private final boolean placeRequired;
	private final boolean hasAmount;

	LogKind(boolean placeRequired, boolean hasAmount) {
		this.placeRequired = placeRequired;
		this.hasAmount = hasAmount;
	}

	public boolean placeRequired() {
		return placeRequired;
	}

	public boolean hasAmount() {
		return hasAmount;
	}

	public String messageKey() {
		return "casework.log." + name();
	}
}
