package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * MT940 and MT942 (fields 20, 25, 28C, 60, 61, 86, 62, 64, 65, 90). A statement starts at field 20, or at a new
 * opening balance when the current one already has one; it ends at "-", at the next 20, or at end of file.
 * Unknown fields (13D, 21, 34F) are skipped. Files are read whole: MT940 files are small by nature.
 */
final class Mt940Parser {
    private final ParseLimits limits;
    private final Optional<Currency> fallbackCurrency;

    Mt940Parser(ParseLimits limits, Optional<Currency> fallbackCurrency) {
        this.limits = limits;
        this.fallbackCurrency = fallbackCurrency;
    }

    ParseOutcome.Parsed parse(String text, EntrySink sink) throws StatementParseException {
        List<MtField> fields = MtTokenizer.tokenize(text, limits);
        if (fields.isEmpty()) {
            throw new StatementParseException("line 1", "no SWIFT fields found");
        }
        StatementFormat format = fields.stream().anyMatch(f -> f.tag().equals("34F") || f.tag().equals("13D"))
                ? StatementFormat.MT942 : StatementFormat.MT940;
        List<StatementSummary> summaries = new ArrayList<>();
        MtStatementBuilder current = new MtStatementBuilder(format, fallbackCurrency);
        for (int i = 0; i < fields.size(); i++) {
            MtField field = fields.get(i);
            if (startsNewStatement(field, current)) {
                finish(current, sink, summaries);
                current = new MtStatementBuilder(format, fallbackCurrency);
            }
            Optional<MtField> details = i + 1 < fields.size() && fields.get(i + 1).tag().equals("86")
                    ? Optional.of(fields.get(i + 1)) : Optional.empty();
            if (field.tag().equals("61")) {
                Entry entry = current.entry(field, details, limits);
                sink.entry(current.header(), entry);
                i += details.isPresent() ? 1 : 0;
            } else {
                apply(field, current);
            }
        }
        finish(current, sink, summaries);
        return new ParseOutcome.Parsed(format, summaries);
    }

    private static boolean startsNewStatement(MtField field, MtStatementBuilder current) {
        return field.tag().equals("END") || field.tag().equals("20")
                || (field.number().equals("60") && current.hasOpeningOrEntries());
    }

    /** Ends the current statement if it holds anything. */
    private void finish(MtStatementBuilder current, EntrySink sink, List<StatementSummary> summaries)
            throws StatementParseException {
        if (current.isEmpty()) {
            return;
        }
        StatementSummary summary = current.finish();
        sink.statementEnded(summary);
        summaries.add(summary);
        if (summaries.size() > limits.statementsMax()) {
            throw new HostileInputException("statement " + summaries.size(), "more than statementsMax="
                    + limits.statementsMax() + " statements");
        }
    }

    private static void apply(MtField field, MtStatementBuilder current) throws StatementParseException {
        switch (field.tag()) {
            case "20" -> current.reference(field);
            case "25", "25P" -> current.account(field);
            case "28C", "28" -> current.statementNumber(field);
            case "60F" -> current.balance(field, BalanceType.OPENING_BOOKED);
            case "60M" -> current.balance(field, BalanceType.INTERIM_OPENING_BOOKED);
            case "62F" -> current.balance(field, BalanceType.CLOSING_BOOKED);
            case "62M" -> current.balance(field, BalanceType.INTERIM_CLOSING_BOOKED);
            case "64" -> current.balance(field, BalanceType.CLOSING_AVAILABLE);
            case "65" -> current.balance(field, BalanceType.FORWARD_AVAILABLE);
            case "90D" -> current.declaredSum(field, true);
            case "90C" -> current.declaredSum(field, false);
            default -> {
                // END markers, 13D, 21, 34F and statement-level 86 carry nothing the checks use.
            }
        }
    }
}
