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
import vn.ansinh.reconciliation.model.PlainTransferDetails;
import vn.ansinh.reconciliation.model.TransactionDetail;

/** Turns the texts of one camt Ntry (any version .001.02 to .001.08) into an {@link Entry}, checking each. */
final class CamtEntryAssembler {
    private CamtEntryAssembler() {
    }

    static Entry entry(CamtEntryFields ntry, long index, String position, SharedValues shared)
            throws StatementParseException {
        if (ntry.amount == null) {
            throw new StatementParseException(position, "entry without Amt");
        }
        Currency currency = ntry.amount.currency(position);
        long minor = ntry.amount.minor(currency, position);
        Direction direction = CamtValues.direction(CamtEntryFields.present(ntry.indicator).orElse(""), position);
        Optional<BatchSummary> batch = ntry.batch == null ? Optional.empty() : Optional.of(batch(ntry.batch, position));
        List<TransactionDetail> details = new ArrayList<>(ntry.details.size());
        for (CamtDetailFields transaction : ntry.details) {
            details.add(CamtDetailAssembler.detail(transaction, currency, direction, position, shared));
        }
        Party counterparty = details.size() == 1 ? details.getFirst().counterparty() : Party.unknown();
        String remittance = ntry.additionalInfo.isEmpty() ? "" : String.join(" ", ntry.additionalInfo);
        if (remittance.isEmpty() && details.size() == 1) {
            remittance = details.getFirst().remittanceText();
        }
        List<TransactionDetail> held = details.size() == 1
                ? PlainTransferDetails.of(details.getFirst()).<List<TransactionDetail>>map(plain -> plain).orElse(details)
                : details;
        return new Entry(index, minor, currency, direction, status(ntry, position),
                CamtEntryFields.present(ntry.reversal).map("true"::equals).orElse(false),
                date(ntry.bookingDate, ntry.bookingDateTime, position, shared),
                date(ntry.valueDate, ntry.valueDateTime, position, shared),
                CamtEntryFields.present(ntry.servicerReference).or(() -> CamtEntryFields.present(ntry.entryReference)),
                Optional.empty(), remittance, counterparty, shared.of(transactionCode(ntry)), batch, held);
    }

    /** camt.053.001.02-06 put the status code in Sts; .07 and later wrap it in Sts/Cd. */
    private static EntryStatus status(CamtEntryFields ntry, String position) throws StatementParseException {
        String code = CamtEntryFields.present(ntry.statusCode).or(() -> CamtEntryFields.present(ntry.statusProprietary))
                .or(() -> CamtEntryFields.present(ntry.statusText)).orElse("");
        return switch (code) {
            case "BOOK" -> EntryStatus.BOOKED;
            case "PDNG", "FUTR" -> EntryStatus.PENDING;
            case "INFO" -> EntryStatus.INFO;
            default -> throw new StatementParseException(position, "entry status '" + code + "' is not BOOK, PDNG or INFO");
        };
    }

    private static Optional<java.time.LocalDate> date(String date, String dateTime, String position,
                                                      SharedValues shared) throws StatementParseException {
        return CamtValues.sharedDate(CamtEntryFields.present(date).or(() -> CamtEntryFields.present(dateTime)),
                position, shared);
    }

    private static Optional<String> transactionCode(CamtEntryFields ntry) {
        if (ntry.domainSeen) {
            return Optional.of(CamtEntryFields.present(ntry.domainCode).orElse("") + "/"
                    + CamtEntryFields.present(ntry.familyCode).orElse("") + "/"
                    + CamtEntryFields.present(ntry.subFamilyCode).orElse(""));
        }
        return CamtEntryFields.present(ntry.proprietaryCode);
    }

    private static BatchSummary batch(CamtBatchFields btch, String position) throws StatementParseException {
        OptionalInt count = OptionalInt.empty();
        Optional<String> countText = CamtEntryFields.present(btch.count);
        if (countText.isPresent()) {
            try {
                count = OptionalInt.of(Integer.parseInt(countText.get()));
            } catch (NumberFormatException bad) {
                throw new StatementParseException(position, "batch NbOfTxs '" + countText.get() + "' is not a number");
            }
        }
        OptionalLong total = OptionalLong.empty();
        if (btch.total != null) {
            total = OptionalLong.of(btch.total.minor(btch.total.currency(position), position));
        }
        return new BatchSummary(CamtEntryFields.present(btch.messageId),
                CamtEntryFields.present(btch.paymentInformationId), count, total);
    }
}
