package org.legalaid.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.legalaid.documents.DocumentKind;
import org.legalaid.shared.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receipt is issued right after the registration commits, by a db-scheduler task scheduled in the registering
 * transaction: rendering the PDF stays out of the registration's locks, and a crash between the two only delays the
 * receipt, never loses it (the task is retried, on any node). Issuing twice is prevented by checking first.
 */
@Configuration
class ReceiptIssuing {

	static final String TASK = "issue-receipt";

	private final ApplicationRepository applications;
	private final ApplicationLetters letters;
	private final CurrentActor actors;
	private final TransactionTemplate transaction;
	private final SchedulerClient scheduler;
	private final Clock clock;

	ReceiptIssuing(ApplicationRepository applications, ApplicationLetters letters, CurrentActor actors,
			TransactionTemplate transaction, @Lazy SchedulerClient scheduler, Clock clock) {
		this.applications = applications;
		this.letters = letters;
		this.actors = actors;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Bean
	OneTimeTask<Long> issueReceiptTask() {
		// a failed attempt (e.g. a lock timeout under a burst) is retried after 2 s, 4 s, 8 s, ...
		return Tasks.oneTime(TASK, Long.class)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2)))
			.execute((instance, context) -> issue(instance.getData()));
	}

	/** Schedules the receipt; called inside the registering transaction, so it is scheduled only if that commits. */
	void schedule(long applicationId) {
		scheduler.scheduleIfNotExists(issueReceiptTask().instance("application-" + applicationId, applicationId), Instant.now(clock));
	}

	void issue(long applicationId) {
		actors.runAsSystem(() -> transaction.executeWithoutResult(status -> {
			boolean issued = letters.documentsOf(applicationId).stream().anyMatch(d -> d.kind() == DocumentKind.RECEIPT);
			if (!issued) {
				letters.receipt(applications.receiptFacts(applicationId));
			}
		}));
	}
}
