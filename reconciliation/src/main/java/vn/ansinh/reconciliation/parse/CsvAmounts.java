package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.regex.Pattern;

/** Converts a CSV amount cell in a configured style to signed minor units; grouping must be well-formed. */
final class CsvAmounts {
    private CsvAmounts() {
    }

    /** Blank cells are zero: a debit/credit export leaves the other column empty. */
    static long signedMinor(String cell, CsvMapping.AmountStyle style, Currency currency, String position)
            throws StatementParseException {
        String text = cell.strip();
        if (text.isEmpty()) {
            return 0;
        }
        boolean negative = text.startsWith("-") || (text.startsWith("(") && text.endsWith(")"));
        String digits = text.replaceAll("^[-(]|\\)$", "").strip();
        Pattern grouped = Pattern.compile("[0-9]{1,3}(" + Pattern.quote(String.valueOf(style.thousands))
                + "[0-9]{3})*(" + Pattern.quote(String.valueOf(style.decimal)) + "[0-9]+)?");
        Pattern ungrouped = Pattern.compile("[0-9]+(" + Pattern.quote(String.valueOf(style.decimal)) + "[0-9]+)?");
        if (!grouped.matcher(digits).matches() && !ungrouped.matcher(digits).matches()) {
            throw new StatementParseException(position, "amount '" + cell + "' is not in " + style + " style");
        }
        String plain = digits.replace(String.valueOf(style.thousands), "").replace(style.decimal, '.');
        long minor = MinorUnits.parse(plain, currency).orThrow(position);
        return negative ? -minor : minor;
    }
}
