package org.legalaid.defence;

/** The staff list and the full-coverage view: by stage, agency, whether counsel is still missing, and text. */
public record NotificationFilter(Stage stage, Long agencyId, Boolean waiting, String text) {
}
