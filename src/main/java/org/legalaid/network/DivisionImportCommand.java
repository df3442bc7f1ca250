package org.legalaid.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The import command for townships and villages:
 * {@code java -jar legalaid.jar --import-divisions=DIR --provinces=62,41} reads {@code DIR/streets.csv} and
 * {@code DIR/villages.csv} (the china-division dataset's {@code dist} folder), imports the named provinces,
 * prints what it did and exits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DivisionImportCommand implements ApplicationRunner {

	static final String OPTION = "import-divisions";
	private static final Logger log = LoggerFactory.getLogger(DivisionImportCommand.class);

	private final Divisions divisions;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final ConfigurableApplicationContext context;

	DivisionImportCommand(Divisions divisions, CurrentActor actors, AuditLog audit, ConfigurableApplicationContext context) {
		this.divisions = divisions;
		this.actors = actors;
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int code;
		try {
			Divisions.DivisionImport result = importFrom(Path.of(single(args, OPTION)), provinces(args.getOptionValues("provinces")));
			log.info("imported {} townships and {} villages ({} new, {} renamed)", result.townships(), result.villages(),
					result.inserted(), result.updated());
			code = 0;
		}
		catch (RuntimeException e) {
			log.error("division import failed, nothing was stored: {}", e.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	Divisions.DivisionImport importFrom(Path dir, Set<String> provinces) {
		if (provinces.isEmpty()) {
			throw new DivisionImportFailed("name the provinces to import with --provinces=62,41 (two-digit codes)");
		}
		Path streets = dir.resolve("streets.csv");
		Path villages = dir.resolve("villages.csv");
		for (Path file : List.of(streets, villages)) {
			if (!Files.isReadable(file)) {
				throw new DivisionImportFailed("cannot read " + file);
			}
		}
		log.info("importing townships and villages of provinces {} from {}", provinces, dir);
		try (Reader s = Files.newBufferedReader(streets, StandardCharsets.UTF_8);
				Reader v = Files.newBufferedReader(villages, StandardCharsets.UTF_8)) {
			return actors.callAsSystem(() -> {
				var result = divisions.importTownshipsAndVillages(s, v, provinces);
				audit.record(AuditAction.IMPORT, "division", String.join(",", provinces), result.toString());
				return result;
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Set<String> provinces(List<String> values) {
		if (values == null) {
			return Set.of();
		}
		return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
			.map(s -> {
				if (!s.matches("\\d{2}(0000)?")) {
					throw new DivisionImportFailed("not a province code: " + s);
				}
				return s.substring(0, 2);
			})
			.collect(Collectors.toSet());
	}

	private static String single(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
			throw new DivisionImportFailed("--" + option + " needs one folder");
		}
		return values.getFirst();
	}
}
