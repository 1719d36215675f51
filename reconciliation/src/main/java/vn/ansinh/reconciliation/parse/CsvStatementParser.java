package vn.ansinh.reconciliation.parse;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Reads a CSV bank export through a {@link CsvMapping}; the whole file is one statement, every row booked. */
final class CsvStatementParser {
    private final ParseLimits limits;
    private final CsvMapping mapping;

    CsvStatementParser(ParseLimits limits, CsvMapping mapping) {
        this.limits = limits;
        this.mapping = mapping;
    }

    ParseOutcome.Parsed parse(String text, String statementId, EntrySink sink) throws StatementParseException {
        String body = skipLines(text, mapping.headerLinesToSkip());
        StatementHeader header = new StatementHeader(StatementFormat.CSV, statementId, statementId,
                Optional.of(mapping.account()), Optional.of(mapping.currency()), OptionalLong.empty(),
                OptionalInt.empty());
        SummaryAccumulator totals = new SummaryAccumulator();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Optional<CsvRow> first = Optional.empty();
            Optional<CsvRow> last = Optional.empty();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + mapping.headerLinesToSkip() + 1;
                if (totals.entryCount() >= limits.entriesPerStatementMax()) {
                    throw new HostileInputException(Positions.line(line), "more than entriesPerStatementMax rows");
                }
                CsvRow row = row(record, totals.entryCount(), Positions.line(line));
                totals.add(row.entry(), Positions.line(line));
                sink.entry(header, row.entry());
                first = first.isPresent() ? first : Optional.of(row);
                last = Optional.of(row);
            }
            addBalances(totals, first, last);
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new StatementParseException("CSV", "not readable with the configured mapping: "
                    + unreadable.getMessage());
        }
        StatementSummary summary = totals.build(header);
        sink.statementEnded(summary);
        return new ParseOutcome.Parsed(StatementFormat.CSV, List.of(summary));
    }

    private record CsvRow(Entry entry, OptionalLong balanceAfter) {
    }

    private CsvRow row(CSVRecord record, long index, String position) throws StatementParseException {
        long signed;
        if (mapping.amountColumn().isPresent()) {
            signed = amount(record, mapping.amountColumn().get(), position);
        } else {
            long debit = Math.abs(amount(record, mapping.debitColumn().orElseThrow(), position));
            long credit = Math.abs(amount(record, mapping.creditColumn().orElseThrow(), position));
            if (debit != 0 && credit != 0) {
                throw new StatementParseException(position, "row has both a debit and a credit amount");
            }
            signed = credit - debit;
        }
        LocalDate booking = date(cell(record, mapping.bookingDateColumn(), position), position);
        Optional<LocalDate> value = mapping.valueDateColumn().isPresent()
                ? Optional.of(date(cell(record, mapping.valueDateColumn().get(), position), position))
                : Optional.of(booking);
        Entry entry = new Entry(index, Math.abs(signed), mapping.currency(),
                signed < 0 ? Direction.DEBIT : Direction.CREDIT, EntryStatus.BOOKED, false, Optional.of(booking), value,
                optional(record, mapping.referenceColumn()), optional(record, mapping.endToEndIdColumn()),
                optional(record, mapping.descriptionColumn()).orElse(""),
                new Party(optional(record, mapping.counterpartyColumn()), Optional.empty()), Optional.empty(),
                Optional.empty(), List.of());
        OptionalLong balance = mapping.balanceColumn().isPresent()
                ? OptionalLong.of(amount(record, mapping.balanceColumn().get(), position)) : OptionalLong.empty();
        return new CsvRow(entry, balance);
    }

    /** Opening is the first row's balance before that row; closing is the last row's balance. */
    private void addBalances(SummaryAccumulator totals, Optional<CsvRow> first, Optional<CsvRow> last) {
        if (first.isEmpty() || first.get().balanceAfter().isEmpty() || last.get().balanceAfter().isEmpty()) {
            return;
        }
        Entry opening = first.get().entry();
        totals.addBalance(new Balance(BalanceType.OPENING_BOOKED, Math.subtractExact(
                first.get().balanceAfter().getAsLong(), opening.signedMinor()), mapping.currency(),
                opening.bookingDate().orElseThrow()));
        totals.addBalance(new Balance(BalanceType.CLOSING_BOOKED, last.get().balanceAfter().getAsLong(),
                mapping.currency(), last.get().entry().bookingDate().orElseThrow()));
    }

    private long amount(CSVRecord record, String column, String position) throws StatementParseException {
        return CsvAmounts.signedMinor(cell(record, column, position), mapping.amountStyle(), mapping.currency(),
                position);
    }

    private LocalDate date(String text, String position) throws StatementParseException {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofPattern(mapping.datePattern()));
        } catch (DateTimeParseException bad) {
            throw new StatementParseException(position, "date '" + text + "' does not match " + mapping.datePattern());
        }
    }

    private static String cell(CSVRecord record, String column, String position) throws StatementParseException {
        if (!record.isMapped(column) || !record.isSet(column)) {
            throw new StatementParseException(position, "column '" + column + "' missing");
        }
        return record.get(column);
    }

    private static Optional<String> optional(CSVRecord record, Optional<String> column) {
        return column.filter(name -> record.isMapped(name) && record.isSet(name)).map(record::get)
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String skipLines(String text, int count) {
        String rest = text;
        for (int i = 0; i < count && rest.indexOf('\n') >= 0; i++) {
            rest = rest.substring(rest.indexOf('\n') + 1);
        }
        return rest;
    }
}
