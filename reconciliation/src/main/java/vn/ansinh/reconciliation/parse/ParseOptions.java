package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call parser settings.
 *
 * @param accountCurrency currency to assume for MT940 entries when the file itself names none (a fragment without
 *                        field 60); the account master data knows it, the file may not
 * @param csvMapping      required to read CSV: a CSV export cannot be understood without knowing its columns
 */
public record ParseOptions(ParseLimits limits, Optional<Currency> accountCurrency, Optional<CsvMapping> csvMapping) {
    public ParseOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(accountCurrency, "accountCurrency");
        Objects.requireNonNull(csvMapping, "csvMapping");
    }

    public static ParseOptions defaults() {
        return new ParseOptions(ParseLimits.defaults(), Optional.empty(), Optional.empty());
    }

    public ParseOptions withAccountCurrency(Currency currency) {
        return new ParseOptions(limits, Optional.of(currency), csvMapping);
    }

    public ParseOptions withCsvMapping(CsvMapping mapping) {
        return new ParseOptions(limits, accountCurrency, Optional.of(mapping));
    }

    public ParseOptions withLimits(ParseLimits newLimits) {
        return new ParseOptions(newLimits, accountCurrency, csvMapping);
    }
}
