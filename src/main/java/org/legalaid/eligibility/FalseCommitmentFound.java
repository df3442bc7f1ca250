package org.legalaid.eligibility;

import java.time.OffsetDateTime;

/**
 * A false integrity commitment was found and recorded for a person. The case module terminates the aid of
 * {@code subjectRef} under LAL art. 48(1) (ground T1); the justice department may act under art. 64.
 */
public record FalseCommitmentFound(long creditRecordId, String personKey, String subjectRef, OffsetDateTime recordedAt,
		String unitPath) {

	public static final String TERMINATION_GROUND = "T1";
	public static final String ARTICLE = "法律援助法第四十八条第一款第（一）项";
}
