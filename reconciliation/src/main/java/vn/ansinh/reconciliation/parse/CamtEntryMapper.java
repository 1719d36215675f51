package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import vn.ansinh.reconciliation.model.BatchSummary;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.TransactionDetail;

/** Maps one camt Ntry (any version .001.02 to .001.08) to an {@link Entry}. */
final class CamtEntryMapper {
    private CamtEntryMapper() {
    }

    static Entry map(XmlNode ntry, long index, String position, SharedValues shared) throws StatementParseException {
        XmlNode amount = ntry.child("Amt").orElseThrow(() -> new StatementParseException(position, "entry without Amt"));
        Currency currency = CamtValues.currency(amount, position);
        long minor = CamtValues.minor(amount, currency, position);
        Direction direction = CamtValues.direction(ntry.text("CdtDbtInd").orElse(""), position);
        List<TransactionDetail> details = new ArrayList<>();
        Optional<BatchSummary> batch = Optional.empty();
        for (XmlNode entryDetails : ntry.all("NtryDtls")) {
            if (entryDetails.child("Btch").isPresent()) {
                batch = Optional.of(batch(entryDetails.child("Btch").get(), currency, position));
            }
            for (XmlNode transaction : entryDetails.all("TxDtls")) {
                details.add(CamtDetailMapper.map(transaction, currency, direction, position));
            }
        }
        Party counterparty = details.size() == 1 ? details.getFirst().counterparty() : Party.unknown();
        String remittance = String.join(" ", ntry.all("AddtlNtryInf").stream().map(XmlNode::text).map(String::strip)
                .toList());
        if (remittance.isEmpty() && details.size() == 1) {
            remittance = details.getFirst().remittanceText();
        }
        if (remittance.isEmpty()) {
            remittance = "";
        }
        return new Entry(index, minor, currency, direction, status(ntry, position),
                ntry.text("RvslInd").map("true"::equals).orElse(false),
                CamtValues.date(ntry.child("BookgDt"), position, shared),
                CamtValues.date(ntry.child("ValDt"), position, shared),
                ntry.text("AcctSvcrRef").or(() -> ntry.text("NtryRef")), Optional.empty(), remittance, counterparty,
                shared.of(transactionCode(ntry)), batch, details);
    }

    /** camt.053.001.02-06 put the status code in Sts; .07 and later wrap it in Sts/Cd. */
    private static EntryStatus status(XmlNode ntry, String position) throws StatementParseException {
        String code = ntry.text("Sts", "Cd").or(() -> ntry.text("Sts", "Prtry")).or(() -> ntry.text("Sts")).orElse("");
        return switch (code) {
            case "BOOK" -> EntryStatus.BOOKED;
            case "PDNG", "FUTR" -> EntryStatus.PENDING;
            case "INFO" -> EntryStatus.INFO;
            default -> throw new StatementParseException(position, "entry status '" + code + "' is not BOOK, PDNG or INFO");
        };
    }

    private static Optional<String> transactionCode(XmlNode ntry) {
        Optional<XmlNode> domain = ntry.child("BkTxCd", "Domn");
        if (domain.isPresent()) {
            return Optional.of(domain.get().text("Cd").orElse("") + "/" + domain.get().text("Fmly", "Cd").orElse("")
                    + "/" + domain.get().text("Fmly", "SubFmlyCd").orElse(""));
        }
        return ntry.text("BkTxCd", "Prtry", "Cd");
    }

    private static BatchSummary batch(XmlNode btch, Currency currency, String position) throws StatementParseException {
        OptionalInt count = OptionalInt.empty();
        Optional<String> countText = btch.text("NbOfTxs");
        if (countText.isPresent()) {
            try {
                count = OptionalInt.of(Integer.parseInt(countText.get()));
            } catch (NumberFormatException bad) {
                throw new StatementParseException(position, "batch NbOfTxs '" + countText.get() + "' is not a number");
            }
        }
        OptionalLong total = OptionalLong.empty();
        if (btch.child("TtlAmt").isPresent()) {
            XmlNode amount = btch.child("TtlAmt").get();
            total = OptionalLong.of(CamtValues.minor(amount, CamtValues.currency(amount, position), position));
        }
        return new BatchSummary(btch.text("MsgId"), btch.text("PmtInfId"), count, total);
    }
}
