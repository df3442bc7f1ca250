package org.legalaid.eligibility;

import java.time.OffsetDateTime;

/** A signed authorisation for the information-sharing query, by the applicant or a family member. */
public record SharingAuthorisation(long id, String subjectRef, String personKey, OffsetDateTime signedAt,
		SignerRelation signerRelation, SignatureKind signatureKind, String proxyName, String unitPath) {
}
