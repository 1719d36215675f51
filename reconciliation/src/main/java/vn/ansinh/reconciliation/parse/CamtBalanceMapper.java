package vn.ansinh.reconciliation.parse;

import java.time.LocalDate;
import java.util.Currency;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;

/** Maps one camt Bal element; PRCD (previously closed booked) is the opening booked balance by definition. */
final class CamtBalanceMapper {
    private CamtBalanceMapper() {
    }

    static Balance map(XmlNode balance, String position) throws StatementParseException {
        String code = balance.text("Tp", "CdOrPrtry", "Cd").or(() -> balance.text("Tp", "CdOrPrtry", "Prtry"))
                .orElseThrow(() -> new StatementParseException(position, "balance without type code"));
        XmlNode amount = balance.child("Amt").orElseThrow(() -> new StatementParseException(position,
                "balance " + code + " without amount"));
        Currency currency = CamtValues.currency(amount, position);
        long minor = CamtValues.minor(amount, currency, position);
        String indicator = balance.text("CdtDbtInd").orElse("CRDT");
        long signed = CamtValues.direction(indicator, position).signed(minor);
        LocalDate date = CamtValues.date(balance.child("Dt"), position).orElseThrow(() ->
                new StatementParseException(position, "balance " + code + " without date"));
        return new Balance(type(code), signed, currency, date);
    }

    private static BalanceType type(String code) {
        return switch (code) {
            case "OPBD", "PRCD" -> BalanceType.OPENING_BOOKED;
            case "CLBD" -> BalanceType.CLOSING_BOOKED;
            case "ITBD" -> BalanceType.INTERIM_CLOSING_BOOKED;
            case "CLAV" -> BalanceType.CLOSING_AVAILABLE;
            case "FWAV" -> BalanceType.FORWARD_AVAILABLE;
            default -> BalanceType.OTHER;
        };
    }
}
