package org.legalaid.casework;

/**
 * The closing materials a provider hands in (SF/T 0032 Annex A; LAL art. 50: copies of the legal documents and a
 * handling report). {@code required} items must be present; a terminated case needs only the termination decision
 * and the handling report instead of the judgment.
 */
public enum ClosingItem {
	/** 指派通知书/给予法律援助决定书. */
	ASSIGNMENT_DOCUMENTS(true, true),
	/** 委托协议、授权委托书. */
	AGREEMENT(true, false),
	/** 会见笔录. */
	MEETING_RECORDS(false, false),
	/** 证据材料. */
	EVIDENCE(false, false),
	/** 起诉状、答辩状、代理词或辩护词. */
	PLEADINGS(false, false),
	/** 判决书、裁定书或调解书副本. */
	JUDGMENT_COPY(true, false),
	/** 终止法律援助决定书. */
	TERMINATION_DECISION(false, true),
	/** 办理情况报告. */
	HANDLING_REPORT(true, true),
	/** 受援人意见反馈表. */
	RECIPIENT_FEEDBACK(false, false);

	private final boolean required;
	private final boolean requiredWhenTerminated;

	ClosingItem(boolean required, boolean requiredWhenTerminated) {
		this.required = required;
		this.requiredWhenTerminated = requiredWhenTerminated;
	}

	/** Whether the item must be handed in for a case that was concluded ({@code terminated} false) or terminated. */
	public boolean requiredFor(boolean terminated) {
		return terminated ? requiredWhenTerminated : required;
	}

	public String messageKey() {
		return "casework.closing.item." + name();
	}
}
