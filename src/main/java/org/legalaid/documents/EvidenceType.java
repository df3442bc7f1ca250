package org.legalaid.documents;

import java.util.Arrays;
import java.util.Optional;

/** The evidence files accepted, recognised by their first bytes, never by name or declared type. */
enum EvidenceType {
	JPEG("image/jpeg", new int[] { 0xFF, 0xD8, 0xFF }),
	PNG("image/png", new int[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
	PDF("application/pdf", new int[] { 0x25, 0x50, 0x44, 0x46, 0x2D });

	static final int SNIFF_BYTES = 8;

	private final String mediaType;
	private final int[] magic;

	EvidenceType(String mediaType, int[] magic) {
		this.mediaType = mediaType;
		this.magic = magic;
	}

	String mediaType() {
		return mediaType;
	}

	static Optional<EvidenceType> sniff(byte[] head, int length) {
		return Arrays.stream(values()).filter(t -> t.matches(head, length)).findFirst();
	}

	private boolean matches(byte[] head, int length) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
