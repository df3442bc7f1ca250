package org.legalaid.assignment.web;

/** The director's choice: a provider (empty for the rotation's first) and the reason for an override. */
record AssignForm(Long providerId, String overrideReason) {
}
