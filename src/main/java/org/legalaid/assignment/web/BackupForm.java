package org.legalaid.assignment.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/** An AB post as entered: who is away, who backs them up, from and to (China time), and why. */
record BackupForm(String absent, String backup, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to, String reason) {
}
