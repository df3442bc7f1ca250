package org.legalaid.casework;

/** How a matter ended, for the outcome of a case and the statistics. */
public enum ResultType {
	/** 诉讼请求全部支持. */
	CLAIM_UPHELD,
	/** 诉讼请求部分支持. */
	CLAIM_PARTLY_UPHELD,
	/** 诉讼请求未获支持. */
	CLAIM_DISMISSED,
	/** 调解结案. */
	MEDIATED,
	/** 和解结案. */
	SETTLED,
	/** 辩护/代理意见被采纳. */
	OPINION_ADOPTED,
	/** 辩护/代理意见被部分采纳. */
	OPINION_PARTLY_ADOPTED,
	/** 辩护/代理意见未被采纳. */
	OPINION_NOT_ADOPTED,
	/** 其他. */
	OTHER;

	public String messageKey() {
		return "casework.result." + name();
	}
}
