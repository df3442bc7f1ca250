package org.legalaid.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the division CSV files: this project's county-level file ({@code code,name,level,parent_code}) and the
 * china-division dataset's {@code streets.csv} and {@code villages.csv}. Lines starting with '#' are comments.
 */
final class DivisionCsv {

	private DivisionCsv() {
	}

	/** Streams rows as header-name to value maps. */
	static void read(Reader source, Consumer<Map<String, String>> rows) {
		try (BufferedReader in = new BufferedReader(source)) {
			String line;
			List<String> header = null;
			int lineNumber = 0;
			while ((line = in.readLine()) != null) {
				lineNumber++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (lineNumber == 1 || header == null) {
					header = split(stripBom(line));
					continue;
				}
				List<String> cells = split(line);
				if (cells.size() < header.size()) {
					throw new DivisionImportFailed("line " + lineNumber + ": expected " + header.size() + " columns, found " + cells.size());
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), cells.get(i).strip());
				}
				row.put("#line", Integer.toString(lineNumber));
				rows.accept(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
