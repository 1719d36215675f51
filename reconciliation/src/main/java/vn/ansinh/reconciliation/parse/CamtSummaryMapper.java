package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the bank's declared totals (TxsSummry/TtlNtries), so the checker can compare them with what was parsed. */
final class CamtSummaryMapper {
    private CamtSummaryMapper() {
    }

    static OptionalLong count(XmlNode summary, String position) throws StatementParseException {
        Optional<String> text = summary.text("TtlNtries", "NbOfNtries");
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException bad) {
            throw new StatementParseException(position, "NbOfNtries '" + text.get() + "' is not a number");
        }
    }

    /** .001.02 has TtlNetNtryAmt + CdtDbtInd, later versions TtlNetNtry/Amt + CdtDbtInd. */
    static OptionalLong net(XmlNode summary, Optional<Currency> currency, String position)
            throws StatementParseException {
        Optional<XmlNode> totals = summary.child("TtlNtries");
        if (totals.isEmpty() || currency.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<String> amount = totals.get().text("TtlNetNtry", "Amt").or(() -> totals.get().text("TtlNetNtryAmt"));
        Optional<String> indicator = totals.get().text("TtlNetNtry", "CdtDbtInd").or(() -> totals.get().text("CdtDbtInd"));
        if (amount.isEmpty() || indicator.isEmpty()) {
            return OptionalLong.empty();
        }
        long minor = MinorUnits.parse(amount.get(), currency.get()).orThrow(position);
        return OptionalLong.of(CamtValues.direction(indicator.get(), position).signed(minor));
    }
}
