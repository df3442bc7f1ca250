package org.legalaid.lawyers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.legalaid.shared.RuleViolation;

/**
 * Reads an import file into rows of text: CSV (UTF-8, optional byte-order mark, RFC 4180 quoting, header row) or the
 * first sheet of an Excel workbook (.xlsx, header row; date cells become ISO dates, whole numbers lose their ".0").
 * Row numbers are those a person sees: the header is row 1.
 */
final class ImportFiles {

	static final int MAX_ROWS = 20_000;

	/** One data row: its number in the file and its cells as text. */
	record SourceRow(int number, List<String> cells) {

		String cell(int index) {
			return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
		}

		boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}
	}

	/** The header's cells and the data rows. */
	record Table(List<String> header, List<SourceRow> rows) {
	}

	private ImportFiles() {
	}

	static Table read(String format, byte[] content) {
		return "XLSX".equals(format) ? xlsx(content) : csv(content);
	}

	static Table csv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new RuleViolation("file", "lawyers.import.error.encoding");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> records = parseCsv(text);
		if (records.isEmpty()) {
			throw new RuleViolation("file", "lawyers.import.error.empty");
		}
		List<SourceRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			rows.add(new SourceRow(i + 1, records.get(i)));
			if (rows.size() > MAX_ROWS) {
				throw new RuleViolation("file", "lawyers.import.error.tooMany", MAX_ROWS);
			}
		}
		return new Table(records.get(0), rows);
	}

	/** RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), records by CRLF or LF. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					any = true;
				}
				case ',' -> {
					record.add(field.toString());
					field.setLength(0);
					any = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					record.add(field.toString());
					records.add(record);
					record = new ArrayList<>();
					field.setLength(0);
					any = false;
				}
				default -> {
					field.append(c);
					any = true;
				}
			}
		}
		if (any || field.length() > 0) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	static Table xlsx(byte[] content) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			List<String> header = null;
			List<SourceRow> rows = new ArrayList<>();
			for (Row row : (Iterable<Row>) stream::iterator) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				if (header == null) {
					header = cells;
				}
				else {
					rows.add(new SourceRow(row.getRowNum(), cells));
					if (rows.size() > MAX_ROWS) {
						throw new RuleViolation("file", "lawyers.import.error.tooMany", MAX_ROWS);
					}
				}
			}
			if (header == null) {
				throw new RuleViolation("file", "lawyers.import.error.empty");
			}
			return new Table(header, rows);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation violation) {
				throw violation;
			}
			throw new RuleViolation("file", "lawyers.import.error.unreadable");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getType()) {
			case STRING -> cell.asString();
			case NUMBER -> number(cell);
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY, ERROR -> "";
			default -> cell.getRawValue() == null ? "" : cell.getRawValue();
		};
	}

	private static String number(Cell cell) {
		String format = cell.getDataFormatString();
		Integer id = cell.getDataFormatId();
		boolean date = (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47))
				|| (format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches("(?i).*[ymd].*"));
		if (date) {
			return cell.asDate().toLocalDate().toString();
		}
		BigDecimal value = cell.asNumber();
		return value.stripTrailingZeros().toPlainString();
	}
}
