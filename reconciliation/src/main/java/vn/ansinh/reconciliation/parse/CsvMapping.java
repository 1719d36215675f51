package vn.ansinh.reconciliation.parse;

import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one bank's CSV export. Vietnamese exports typically use dd/MM/yyyy dates, "1.234.567" amounts
 * (dot thousands, comma decimals) and separate debit ("Ghi nợ") and credit ("Ghi có") columns; account and
 * currency are usually in a preamble, so they are configured here rather than read per row.
 *
 * @param amountColumn  signed amount column (negative = debit); use either this or debit/credit columns
 * @param balanceColumn running balance after each row, when the export has one: it yields opening and closing
 * @param headerLinesToSkip lines before the column header row (bank name, account, period...)
 */
public record CsvMapping(String account, Currency currency, char delimiter, int headerLinesToSkip,
                         String datePattern, AmountStyle amountStyle, String bookingDateColumn,
                         Optional<String> valueDateColumn, Optional<String> amountColumn,
                         Optional<String> debitColumn, Optional<String> creditColumn, Optional<String> balanceColumn,
                         Optional<String> referenceColumn, Optional<String> endToEndIdColumn,
                         Optional<String> descriptionColumn, Optional<String> counterpartyColumn) {
    public CsvMapping {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amountStyle, "amountStyle");
        Objects.requireNonNull(bookingDateColumn, "bookingDateColumn");
        DateTimeFormatter.ofPattern(datePattern);
        if (amountColumn.isPresent() == (debitColumn.isPresent() || creditColumn.isPresent())) {
            throw new IllegalArgumentException("map either a signed amount column or debit/credit columns, not both");
        }
        if (amountColumn.isEmpty() && (debitColumn.isEmpty() || creditColumn.isEmpty())) {
            throw new IllegalArgumentException("debit and credit columns must both be mapped");
        }
        if (headerLinesToSkip < 0) {
            throw new IllegalArgumentException("headerLinesToSkip must not be negative");
        }
    }

    /** Thousands and decimal separators of the amount columns. */
    public enum AmountStyle {
        /** "1.234.567" or "1.234.567,50". */
        VIETNAMESE('.', ','),
        /** "1,234,567" or "1,234,567.50". */
        INTERNATIONAL(',', '.');

        final char thousands;
        final char decimal;

        AmountStyle(char thousands, char decimal) {
            this.thousands = thousands;
            this.decimal = decimal;
        }
    }
}
