package vn.ansinh.reconciliation.parse;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.TransactionDetail;

/** Turns the texts of one camt TxDtls into a {@link TransactionDetail}. */
final class CamtDetailAssembler {
    /** Banks put this literal in EndToEndId when the payer gave none; it identifies nothing. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";
    /** Shared rather than one Optional per transaction of a million-entry statement. */
    private static final Map<Direction, Optional<Direction>> DIRECTIONS = Map.of(Direction.CREDIT,
            Optional.of(Direction.CREDIT), Direction.DEBIT, Optional.of(Direction.DEBIT));

    private CamtDetailAssembler() {
    }

    static TransactionDetail detail(CamtDetailFields transaction, Currency entryCurrency, Direction entryDirection,
                                    String position, SharedValues shared) throws StatementParseException {
        Optional<String> endToEndId = CamtEntryFields.present(transaction.endToEndId)
                .filter(id -> !NOT_PROVIDED.equals(id));
        CamtAmountText amount = transaction.amount != null ? transaction.amount : transaction.detailsAmount;
        OptionalLong minor = OptionalLong.empty();
        if (amount != null && amount.currency(position).equals(entryCurrency)) {
            minor = OptionalLong.of(amount.minor(entryCurrency, position));
        }
        Optional<Direction> direction = DIRECTIONS.get(entryDirection);
        Optional<String> indicator = CamtEntryFields.present(transaction.indicator);
        if (indicator.isPresent()) {
            direction = DIRECTIONS.get(CamtValues.direction(indicator.get(), position));
        }
        String remittance = transaction.unstructured.isEmpty() ? "" : String.join(" ", transaction.unstructured);
        Optional<String> returnReason = transaction.returnSeen
                ? Optional.of(shared.of(CamtEntryFields.present(transaction.reasonCode)
                        .or(() -> CamtEntryFields.present(transaction.reasonProprietary)).orElse("UNSPECIFIED")))
                : Optional.empty();
        return new TransactionDetail(endToEndId, minor, direction, counterparty(transaction, entryDirection),
                remittance, returnReason);
    }

    /** For a debit the other side is the creditor, for a credit the debtor. */
    private static Party counterparty(CamtDetailFields transaction, Direction entryDirection) {
        if (!transaction.partiesSeen) {
            return Party.unknown();
        }
        int side = entryDirection == Direction.DEBIT ? CamtDetailFields.CREDITOR : CamtDetailFields.DEBTOR;
        Optional<String> name = CamtEntryFields.present(transaction.partyName[side])
                .or(() -> CamtEntryFields.present(transaction.partyNestedName[side]));
        Optional<String> account = CamtEntryFields.present(transaction.accountIban[side])
                .or(() -> CamtEntryFields.present(transaction.accountOther[side]));
        return new Party(name, account);
    }
}
