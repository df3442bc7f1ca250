package org.legalaid.intake;

import java.io.Serializable;

/**
 * The outcome of a registration: the application, its number, and whether this was a repeat of an earlier
 * submission with the same idempotency key (then nothing new was created).
 */
public record Registration(ApplicationId id, String number, boolean repeated, Long possibleDuplicateOf) implements Serializable {
}
