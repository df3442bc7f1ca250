package org.legalaid.intake;

import java.io.InputStream;

/** An evidence file as received: which material it is meant to be, and its content. */
public record Upload(String materialCode, InputStream content) {
}
