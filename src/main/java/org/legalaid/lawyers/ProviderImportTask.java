package org.legalaid.lawyers;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a provider import on whichever node picks it, once; a node dying mid-run leaves the execution to be picked up
 * again, and the import starts over (rows already stored match by licence number and are updated, not duplicated).
 */
@Configuration
class ProviderImportTask {

	@Bean
	OneTimeTask<Long> providerImportOneTimeTask(ProviderImports imports) {
		return Tasks.oneTime(ProviderImports.TASK, Long.class).execute((instance, context) -> imports.run(instance.getData()));
	}
}
