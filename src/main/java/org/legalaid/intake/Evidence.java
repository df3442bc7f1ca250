package org.legalaid.intake;

import java.time.OffsetDateTime;

/** An evidence file of an application: which material it is, what kind of file, its size and checksum. */
public record Evidence(long id, String materialCode, String mediaType, long size, String sha256, OffsetDateTime uploadedAt,
		String uploadedBy) {
}
