package org.legalaid.deadlines;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the sweep every five minutes on one node at a time (db-scheduler picks each execution once). */
@Configuration
class DeadlineSweepTask {

	static final String NAME = "deadline-sweep";

	@Bean
	RecurringTask<Void> deadlineSweepRecurringTask(DeadlineSweep sweep, Clock clock) {
		return Tasks.recurring(NAME, FixedDelay.ofMinutes(5)).execute((instance, context) -> sweep.sweep(clock.instant()));
	}
}
