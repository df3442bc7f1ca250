package org.legalaid.intake;

/**
 * What the applicant gets back online: the application number and the access token for uploading evidence and
 * following the application (the same token again for a repeated submission with the same idempotency key).
 */
public record OnlineReceipt(ApplicationId id, String number, String accessToken, boolean repeated) {
}
