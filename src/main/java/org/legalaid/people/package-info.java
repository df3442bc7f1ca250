/**
 * Persons: applicants, assisted persons and defendants, with their identity document, contact details,
 * household registration and special groups. ID numbers, phones and addresses are stored only encrypted, with a
 * keyed hash for exact lookup; pages show them masked, and each full view is a separate audited action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.legalaid.people;
