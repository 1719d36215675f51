package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/** Collects the fields of one MT940/MT942 statement; entries are handed on as soon as their 86 is known. */
final class MtStatementBuilder {
    private static final Pattern STATEMENT_NUMBER = Pattern.compile("([0-9]{1,5})(?:/([0-9]{1,5}))?");
    private static final Pattern FLOOR_SUM = Pattern.compile("([0-9]{1,5})([A-Z]{3})([0-9,]{1,19})");

    private final StatementFormat format;
    private final Optional<Currency> fallbackCurrency;
    private final SummaryAccumulator totals = new SummaryAccumulator();
    private String statementId = "";
    private Optional<String> account = Optional.empty();
    private Optional<Currency> currency = Optional.empty();
    private OptionalLong sequence = OptionalLong.empty();
    private OptionalInt page = OptionalInt.empty();
    private Optional<StatementHeader> header = Optional.empty();
    private long declaredCount;
    private long declaredNet;
    private boolean declared;

    MtStatementBuilder(StatementFormat format, Optional<Currency> fallbackCurrency) {
        this.format = format;
        this.fallbackCurrency = fallbackCurrency;
    }

    boolean hasOpeningOrEntries() {
        return totals.entryCount() > 0 || totals.balances().stream().anyMatch(balance ->
                balance.type() == BalanceType.OPENING_BOOKED || balance.type() == BalanceType.INTERIM_OPENING_BOOKED);
    }

    boolean isEmpty() {
        return statementId.isEmpty() && account.isEmpty() && totals.balances().isEmpty() && totals.entryCount() == 0
                && sequence.isEmpty();
    }

    long entryCount() {
        return totals.entryCount();
    }

    void reference(MtField field) {
        statementId = field.value().strip();
    }

    void account(MtField field) throws StatementParseException {
        if (totals.entryCount() > 0) {
            throw new StatementParseException(Positions.line(field.line()), "field 25 (account) after statement lines: "
                    + "fields are out of order (a mistyped 86?), the statement cannot be trusted");
        }
        account = Optional.of(field.value().strip());
        if (currency.isEmpty()) {
            currency = MtValues.currencySuffix(account.get());
        }
    }

    void statementNumber(MtField field) throws StatementParseException {
        Matcher matcher = STATEMENT_NUMBER.matcher(field.value().strip());
        if (!matcher.matches()) {
            throw new StatementParseException(Positions.line(field.line()), "field " + field.tag() + " '"
                    + field.value() + "' is not <number>[/<page>]");
        }
        sequence = OptionalLong.of(Long.parseLong(matcher.group(1)));
        page = matcher.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(matcher.group(2)));
    }

    void balance(MtField field, BalanceType type) throws StatementParseException {
        Balance balance = MtValues.balance(field, type);
        if (currency.isPresent() && !currency.get().equals(balance.currency()) && totals.entryCount() > 0) {
            throw new StatementParseException(Positions.line(field.line()), "balance in " + balance.currency()
                    + " on a statement whose entries are in " + currency.get());
        }
        currency = Optional.of(balance.currency());
        totals.addBalance(balance);
    }

    /** MT942 fields 90D/90C: number of entries, currency, sum. */
    void declaredSum(MtField field, boolean debit) throws StatementParseException {
        String position = Positions.line(field.line());
        Matcher matcher = FLOOR_SUM.matcher(field.value().strip());
        if (!matcher.matches()) {
            throw new StatementParseException(position, "field " + field.tag() + " '" + field.value()
                    + "' is not <count><currency><amount>");
        }
        long minor = MtValues.minor(matcher.group(3), MtValues.currency(matcher.group(2), position), position);
        declaredCount += Long.parseLong(matcher.group(1));
        declaredNet = Math.addExact(declaredNet, debit ? -minor : minor);
        declared = true;
    }

    Entry entry(MtField line, Optional<MtField> details, ParseLimits limits) throws StatementParseException {
        long index = totals.entryCount();
        String position = Positions.entry(index, Positions.line(line.line()));
        if (index >= limits.entriesPerStatementMax()) {
            throw new HostileInputException(position, "more than entriesPerStatementMax=" + limits.entriesPerStatementMax());
        }
        Currency entryCurrency = currency.or(() -> fallbackCurrency).orElseThrow(() -> new StatementParseException(
                position, "no currency known for this entry: no field 60 before it, none in field 25, and no "
                + "account currency configured"));
        Entry entry = MtEntryMapper.map(line, details, index, entryCurrency);
        currency = Optional.of(entryCurrency);
        totals.add(entry, position);
        return entry;
    }

    StatementHeader header() {
        if (header.isEmpty()) {
            header = Optional.of(new StatementHeader(format, statementId, statementId, account,
                    currency.or(() -> fallbackCurrency), sequence, page));
        }
        return header.get();
    }

    StatementSummary finish() {
        if (declared) {
            totals.declare(OptionalLong.of(declaredCount), OptionalLong.of(declaredNet));
        }
        return totals.build(header());
    }
}
