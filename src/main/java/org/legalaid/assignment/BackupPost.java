package org.legalaid.assignment;

import java.time.OffsetDateTime;

import org.legalaid.shared.Role;

/** An AB post (AB岗): while {@code absentUsername} is away from {@code from} to {@code to}, {@code backupUsername} takes their queue. */
public record BackupPost(long id, long unitId, String absentUsername, Role absentRole, String backupUsername, OffsetDateTime from,
		OffsetDateTime to, String reason, String createdBy, OffsetDateTime createdAt) {

	public boolean activeAt(OffsetDateTime now) {
		return !now.isBefore(from) && now.isBefore(to);
	}
}
