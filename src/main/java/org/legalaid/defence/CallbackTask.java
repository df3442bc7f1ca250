package org.legalaid.defence;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler task that makes one attempt of a callback delivery; {@link Callbacks} schedules each attempt. */
@Configuration
class CallbackTask {

	@Bean
	OneTimeTask<Long> partnerCallbackTask(Callbacks callbacks) {
		return Tasks.oneTime(Callbacks.TASK, Long.class).execute((instance, context) -> callbacks.attempt(instance.getData()));
	}
}
