package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.TransactionDetail;

/** Maps one camt TxDtls, reading both the .02 layout (AmtDtls/TxAmt, RltdPties/Cdtr/Nm) and .08 (Cdtr/Pty/Nm). */
final class CamtDetailMapper {
    /** Banks put this literal in EndToEndId when the payer gave none; it identifies nothing. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";
    /** Shared rather than one Optional per transaction of a million-entry statement. */
    private static final Map<Direction, Optional<Direction>> DIRECTIONS = Map.of(Direction.CREDIT,
            Optional.of(Direction.CREDIT), Direction.DEBIT, Optional.of(Direction.DEBIT));

    private CamtDetailMapper() {
    }

    static TransactionDetail map(XmlNode transaction, Currency entryCurrency, Direction entryDirection,
                                 String position) throws StatementParseException {
        Optional<String> endToEndId = transaction.text("Refs", "EndToEndId").filter(id -> !NOT_PROVIDED.equals(id));
        Optional<XmlNode> amount = transaction.child("Amt").or(() -> transaction.child("AmtDtls", "TxAmt", "Amt"));
        OptionalLong minor = OptionalLong.empty();
        if (amount.isPresent() && CamtValues.currency(amount.get(), position).equals(entryCurrency)) {
            minor = OptionalLong.of(CamtValues.minor(amount.get(), entryCurrency, position));
        }
        Optional<Direction> direction = DIRECTIONS.get(entryDirection);
        if (transaction.text("CdtDbtInd").isPresent()) {
            direction = DIRECTIONS.get(CamtValues.direction(transaction.text("CdtDbtInd").get(), position));
        }
        String remittance = String.join(" ", transaction.child("RmtInf").map(info -> info.all("Ustrd")).orElse(
                java.util.List.of()).stream().map(XmlNode::text).map(String::strip).toList());
        if (remittance.isEmpty()) {
            remittance = "";
        }
        Optional<String> returnReason = transaction.child("RtrInf").map(info ->
                info.text("Rsn", "Cd").or(() -> info.text("Rsn", "Prtry")).orElse("UNSPECIFIED"));
        return new TransactionDetail(endToEndId, minor, direction, counterparty(transaction, entryDirection),
                remittance, returnReason);
    }

    /** For a debit the other side is the creditor, for a credit the debtor. */
    private static Party counterparty(XmlNode transaction, Direction entryDirection) {
        Optional<XmlNode> parties = transaction.child("RltdPties");
        if (parties.isEmpty()) {
            return Party.unknown();
        }
        String party = entryDirection == Direction.DEBIT ? "Cdtr" : "Dbtr";
        XmlNode related = parties.get();
        Optional<String> name = related.text(party, "Nm").or(() -> related.text(party, "Pty", "Nm"));
        Optional<String> account = CamtValues.accountId(related.child(party + "Acct"));
        return new Party(name, account);
    }
}
