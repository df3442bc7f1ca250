package org.legalaid.assignment.web;

/** The provider's reason for declining an offer. */
record DeclineForm(String reason) {
}
