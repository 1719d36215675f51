package vn.ansinh.reconciliation.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.Direction;

/** Leaf conversions for SWIFT MT fields: YYMMDD dates, comma-decimal amounts, balance fields. */
final class MtValues {
    private static final Pattern BALANCE = Pattern.compile("([CD])([0-9]{6})([A-Z]{3})([0-9,]{1,19})");
    /** SWIFT two-digit years: 80-99 are 19xx, 00-79 are 20xx. */
    private static final int CENTURY_PIVOT = 80;

    private MtValues() {
    }

    static LocalDate date(String yymmdd, String position) throws StatementParseException {
        if (yymmdd == null || !yymmdd.matches("[0-9]{6}")) {
            throw new StatementParseException(position, "date '" + yymmdd + "' is not YYMMDD");
        }
        int year = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return LocalDate.of(year < CENTURY_PIVOT ? 2000 + year : 1900 + year,
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException bad) {
            throw new StatementParseException(position, "date '" + yymmdd + "' does not exist");
        }
    }

    /** An entry date MMDD takes the value date's year, moved by one when the two straddle a year end. */
    static LocalDate entryDate(String mmdd, LocalDate valueDate, String position) throws StatementParseException {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int year = valueDate.getYear();
        if (month - valueDate.getMonthValue() > 6) {
            year--;
        } else if (valueDate.getMonthValue() - month > 6) {
            year++;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(mmdd.substring(2, 4)));
        } catch (DateTimeException bad) {
            throw new StatementParseException(position, "entry date '" + mmdd + "' does not exist");
        }
    }

    static long minor(String swiftAmount, Currency currency, String position) throws StatementParseException {
        if (swiftAmount == null || swiftAmount.isEmpty() || swiftAmount.indexOf('.') >= 0) {
            throw new StatementParseException(position, "amount '" + swiftAmount + "' is not a SWIFT comma-decimal");
        }
        return MinorUnits.parse(swiftAmount.replace(',', '.'), currency).orThrow(position);
    }

    static Currency currency(String code, String position) throws StatementParseException {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new StatementParseException(position, "unknown currency '" + code + "'");
        }
    }

    /** Fields 60a, 62a, 64, 65: D/C mark, YYMMDD, currency, amount. */
    static Balance balance(MtField field, BalanceType type) throws StatementParseException {
        String position = Positions.line(field.line());
        Matcher matcher = BALANCE.matcher(field.value().strip());
        if (!matcher.matches()) {
            throw new StatementParseException(position, "field " + field.tag() + " '" + field.value()
                    + "' is not <C|D><YYMMDD><currency><amount>");
        }
        Currency currency = currency(matcher.group(3), position);
        long minor = minor(matcher.group(4), currency, position);
        Direction direction = matcher.group(1).equals("C") ? Direction.CREDIT : Direction.DEBIT;
        return new Balance(type, direction.signed(minor), currency, date(matcher.group(2), position));
    }

    /** Legacy German account ids end with the currency ("70011110/4005287001EUR"). */
    static Optional<Currency> currencySuffix(String account) {
        if (account.length() < 4 || !account.substring(account.length() - 3).matches("[A-Z]{3}")
                || !Character.isDigit(account.charAt(account.length() - 4))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(account.substring(account.length() - 3)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
