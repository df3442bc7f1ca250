package org.legalaid.defence;

/** The outcome of a notification sent: the notification, and whether it repeated an earlier one (nothing new stored). */
public record ReceivedNotification(Notification notification, boolean repeated) {
}
