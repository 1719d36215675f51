package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Optional;

/**
 * An amount element as the flat camt cursor met it: its name, its Ccy attribute and its text, converted only when
 * the entry is complete, so that the checks and their messages are those of the statement-level mappers.
 */
record CamtAmountText(String element, Optional<String> currencyCode, String text) {
    Currency currency(String position) throws StatementParseException {
        String code = currencyCode.orElseThrow(() -> new StatementParseException(position,
                "<" + element + "> has no Ccy attribute"));
        return CamtValues.currencyOf(code, position);
    }

    long minor(Currency currency, String position) throws StatementParseException {
        return MinorUnits.parse(text, currency).orThrow(position);
    }
}
