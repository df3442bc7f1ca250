package org.legalaid.eligibility;

import java.time.OffsetDateTime;

/**
 * A recorded integrity commitment: which text version, when and where it was confirmed, and how it was signed.
 * A proxy signature names the proxy; a thumbprint is recorded as such.
 */
public record CommitmentRecord(long id, String subjectRef, String personKey, long textId, String textRegionPrefix,
		int textVersion, OffsetDateTime confirmedAt, CommitmentChannel channel, SignatureKind signatureKind,
		String proxyName, String unitPath) {
}
