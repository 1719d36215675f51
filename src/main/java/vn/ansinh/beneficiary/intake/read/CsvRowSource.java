package vn.ansinh.beneficiary.intake.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeLimits;

/**
 * Rows of a CSV file: UTF-8 with or without a byte-order mark, comma- or semicolon-separated, parsed by
 * commons-csv one record at a time. Blank lines are kept as records so that row numbers are line numbers.
 */
final class CsvRowSource implements RowSource {

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderMap header;

    CsvRowSource(Path file, String fileName, IntakeLimits limits) throws IOException {
        this.fileName = fileName;
        BufferedReader reader = new BufferedReader(StrictUtf8.open(file), StrictUtf8.BUFFER_BYTES);
        try {
            char delimiter = CsvDelimiter.sniff(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            this.records = parser.iterator();
            this.header = findHeader(limits);
        } catch (IOException e) {
            reader.close();
            throw ReadFailures.refusal(e, fileName, 1);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public Optional<RawRow> nextRaw() {
        return nextRecord().map(record -> {
            Map<IntakeField, RawValue> values = new EnumMap<>(IntakeField.class);
            header.columnByField().forEach((field, column) ->
                    values.put(field, column < record.size() ? RawValue.text(record.get(column)) : RawValue.BLANK));
            return new RawRow(record.getRecordNumber(), values);
        });
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // Closing a file we only read loses nothing.
        }
    }

    private HeaderMap findHeader(IntakeLimits limits) {
        boolean sawText = false;
        for (int searched = 0; searched < HeaderMap.HEADER_SEARCH_ROWS_MAX; searched++) {
            Optional<CSVRecord> record = nextRecord();
            if (record.isEmpty()) {
                break;
            }
            sawText |= record.get().stream().anyMatch(value -> !value.isBlank());
            Optional<HeaderMap> found = HeaderMap.recognise(record.get().toList(), fileName,
                    record.get().getRecordNumber(), limits.columnsMax());
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw HeaderMap.noHeader(fileName, sawText);
    }

    private Optional<CSVRecord> nextRecord() {
        try {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ReadFailures.refusal(e, fileName, parser.getRecordNumber() + 1);
        }
    }
}
