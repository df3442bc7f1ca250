package org.legalaid.defence;

/** One thing wrong with one field of a request: the field's name as the client sent it, and the message key. */
public record FieldProblem(String field, String messageKey) {
}
