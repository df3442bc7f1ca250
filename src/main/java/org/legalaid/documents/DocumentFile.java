package org.legalaid.documents;

/** An issued document with its stored PDF. */
public record DocumentFile(IssuedDocument document, byte[] content) {
}
