package vn.ansinh.merchant.switchrecon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.platform.Violation;

/**
 * The clearing file the card switch sends at cutover: UTF-8 CSV, comma-separated, this header first and exactly:
 *
 * <pre>business_date,terminal_id,count,amount_vnd,reversal_count,reversal_amount_vnd</pre>
 *
 * then one row per terminal and business date (ISO {@code yyyy-mm-dd}, the day as our cutover bounds it): the
 * approved card sales the switch cleared for the terminal that day, counted and summed in whole đồng (including
 * sales later reversed), and the reversals it cleared that day. A terminal-day appears at most once; a count and
 * its amount are zero together. The whole file is refused, with every bad row named, if any row is wrong.
 */
public final class ClearingFile {

    public static final List<String> HEADER = List.of("business_date", "terminal_id", "count", "amount_vnd",
            "reversal_count", "reversal_amount_vnd");

    public sealed interface Read {
        record Parsed(List<ClearingRow> rows) implements Read {}

        record Refused(List<Violation> violations) implements Read {}
    }

    private ClearingFile() {
    }

    public static Read read(byte[] bytes, int rowsMax) {
        Objects.requireNonNull(bytes, "bytes");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(0, "file", "ENCODING", "The file is not UTF-8.");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.replace("\uFEFF", "")), format)) {
            return rows(parser, rowsMax);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException malformed) {
            return refused(0, "file", "CSV", "The file is not well-formed CSV: " + malformed.getMessage());
        }
    }

    private static Read rows(CSVParser parser, int rowsMax) {
        var rows = new ArrayList<ClearingRow>();
        var violations = new ArrayList<Violation>();
        var seen = new HashSet<String>();
        boolean header = true;
        for (CSVRecord record : parser) {
            long line = record.getRecordNumber();
            if (header) {
                header = false;
                if (!record.toList().equals(HEADER)) {
                    return refused(line, "header", "HEADER", "The first line must be " + String.join(",", HEADER) + ".");
                }
                continue;
            }
            if (rows.size() + violations.size() >= rowsMax) {
                return refused(line, "file", "TOO_MANY_ROWS", "A clearing file has at most " + rowsMax + " rows.");
            }
            var before = violations.size();
            ClearingRow row = row(record, line, violations);
            if (violations.size() == before && !seen.add(row.businessDate() + "/" + row.terminalId())) {
                violations.add(new Violation(line, "terminal_id", "DUPLICATE", "This terminal and date appear twice."));
            } else if (violations.size() == before) {
                rows.add(row);
            }
        }
        if (header) {
            return refused(0, "header", "EMPTY", "The file is empty.");
        }
        return violations.isEmpty() ? new Read.Parsed(rows) : new Read.Refused(violations);
    }

    private static ClearingRow row(CSVRecord record, long line, List<Violation> violations) {
        if (record.size() != HEADER.size()) {
            violations.add(new Violation(line, "row", "COLUMNS", "A row has " + HEADER.size() + " columns."));
            return null;
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(record.get(0));
        } catch (DateTimeParseException e) {
            violations.add(new Violation(line, "business_date", "FORMAT", "A date as yyyy-mm-dd."));
        }
        String terminal = record.get(1);
        if (!terminal.matches("[A-Z0-9]{8}")) {
            violations.add(new Violation(line, "terminal_id", "FORMAT", "8 capitals or digits, as DE41."));
        }
        long[] numbers = new long[4];
        for (int i = 0; i < 4; i++) {
            String value = record.get(i + 2);
            if (!value.matches("[0-9]{1,15}")) {
                violations.add(new Violation(line, HEADER.get(i + 2), "FORMAT", "A whole number, 0 or more."));
            } else {
                numbers[i] = Long.parseLong(value);
            }
        }
        if ((numbers[0] == 0) != (numbers[1] == 0) || (numbers[2] == 0) != (numbers[3] == 0)) {
            violations.add(new Violation(line, "count", "INCONSISTENT", "A count and its amount are zero together."));
        }
        return date == null ? null : new ClearingRow(date, terminal, new TerminalTotals(numbers[0], numbers[1], numbers[2], numbers[3]));
    }

    private static Read refused(long row, String field, String code, String detail) {
        return new Read.Refused(List.of(new Violation(row, field, code, detail)));
    }
}
