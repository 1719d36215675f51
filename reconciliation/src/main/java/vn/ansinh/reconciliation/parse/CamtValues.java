package vn.ansinh.reconciliation.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import vn.ansinh.reconciliation.model.Direction;

/** Leaf conversions shared by the camt mappers: currency, amount, indicator and date elements. */
final class CamtValues {
    private CamtValues() {
    }

    static Currency currency(XmlNode amount, String position) throws StatementParseException {
        String code = amount.attribute("Ccy").orElseThrow(() -> new StatementParseException(position,
                "<" + amount.name() + "> has no Ccy attribute"));
        return currencyOf(code, position);
    }

    static Currency currencyOf(String code, String position) throws StatementParseException {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException unknown) {
            throw new StatementParseException(position, "unknown currency code '" + code + "'");
        }
    }

    static long minor(XmlNode amount, Currency currency, String position) throws StatementParseException {
        return MinorUnits.parse(amount.text(), currency).orThrow(position);
    }

    static Direction direction(String indicator, String position) throws StatementParseException {
        return switch (indicator) {
            case "CRDT" -> Direction.CREDIT;
            case "DBIT" -> Direction.DEBIT;
            default -> throw new StatementParseException(position, "CdtDbtInd '" + indicator + "' is neither CRDT nor DBIT");
        };
    }

    /** A camt DateAndDateTimeChoice: Dt, or the date part of DtTm. */
    static Optional<LocalDate> date(Optional<XmlNode> choice, String position) throws StatementParseException {
        Optional<String> text = dateText(choice);
        return text.isEmpty() ? Optional.empty() : parseDate(text.get(), position);
    }

    /** A date from its Dt or DtTm text, each distinct text parsed once per statement: entries repeat their day. */
    static Optional<LocalDate> sharedDate(Optional<String> text, String position, SharedValues shared)
            throws StatementParseException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Optional<LocalDate>> known = shared.parsed(text.get());
        if (known.isPresent()) {
            return known.get();
        }
        return shared.remember(text.get(), parseDate(text.get(), position));
    }

    private static Optional<String> dateText(Optional<XmlNode> choice) {
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        return choice.get().text("Dt").or(() -> choice.get().text("DtTm"));
    }

    private static Optional<LocalDate> parseDate(String value, String position) throws StatementParseException {
        try {
            return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException bad) {
            throw new StatementParseException(position, "'" + value + "' is not an ISO date");
        }
    }

    /** The account id whatever its scheme: IBAN, or Othr/Id (Vietnamese banks use BBAN account numbers there). */
    static Optional<String> accountId(Optional<XmlNode> account) {
        return account.flatMap(node -> node.text("Id", "IBAN").or(() -> node.text("Id", "Othr", "Id")));
    }
}
