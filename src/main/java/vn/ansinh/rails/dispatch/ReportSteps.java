package vn.ansinh.rails.dispatch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.lifecycle.PaymentStates;
import vn.ansinh.rails.lifecycle.Refusal;
import vn.ansinh.rails.lifecycle.ReportedStatus;
import vn.ansinh.rails.pain002.StatusReportItem;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.reason.ReportedReason;
import vn.ansinh.rails.state.PaymentEvent;

/**
 * What a bank's reports do to payments, as pure decisions: a pain.002 transaction status, a whole file rejected at
 * group level, and a camt.054 return. A report about a payment the engine does not have from that bank, or that it
 * cannot read, is refused and kept; only the state machine moves money between buckets.
 */
public final class ReportSteps {

    private ReportSteps() {
    }

    /** One TxInfAndSts of a file's status report, for a payment of {@code runId} paid by {@code bankBin}. */
    public static void fileStatus(Decisions decisions, long runId, String bankBin,
            Map<String, PaymentSnapshot> paymentsById, StatusReportItem.TransactionStatus item, String source) {
        String reported = item.status().orElse("none");
        Optional<String> id = item.originalEndToEndId();
        Optional<PaymentSnapshot> payment = id.map(paymentsById::get)
                .filter(found -> found.runId().equals(Optional.of(runId)) && found.debtorBin().equals(bankBin));
        if (payment.isEmpty()) {
            decisions.refuse(new Refusal(Optional.empty(), id.orElse(""), "NONE", "TxSts " + reported,
                    id.isEmpty() ? Refusal.Kind.UNREADABLE : Refusal.Kind.UNKNOWN_PAYMENT,
                    id.isEmpty() ? "a status without an end-to-end id" : "no payment of this file has this id",
                    source));
            return;
        }
        Optional<ReportedStatus> status = item.status().flatMap(ReportedStatus::of);
        if (status.isEmpty()) {
            decisions.refuse(new Refusal(Optional.of(payment.get().id()), id.get(),
                    PaymentStates.describe(decisions.stateOf(payment.get())), "TxSts " + reported,
                    Refusal.Kind.UNREADABLE, "a transaction status the engine does not know", source));
            return;
        }
        status.get().asReport(firstCode(item.reasons()))
                .ifPresent(event -> decisions.decide(payment.get(), event, source));
    }

    /** A file refused as a whole (GrpSts or PmtInfSts RJCT): each payment still waiting is rejected for the reason. */
    public static void fileRejected(Decisions decisions, PaymentSnapshot payment, ReasonCode reason, String source) {
        decisions.decide(payment, new PaymentEvent.Rejected(reason), source);
    }

    /** A returned credit: applied only to a payment of this paying bank, and only for the payment's exact amount. */
    public static void returned(Decisions decisions, String bankBin, Map<String, PaymentSnapshot> paymentsById,
            ReturnNotice notice, String source) {
        String event = "Returned(" + notice.reason().value() + ") " + notice.amountVnd() + " VND";
        PaymentSnapshot payment = paymentsById.get(notice.endToEndId());
        if (payment == null || !payment.debtorBin().equals(bankBin)) {
            decisions.refuse(new Refusal(Optional.empty(), notice.endToEndId(), "NONE", event,
                    Refusal.Kind.UNKNOWN_PAYMENT, "no payment from this bank has this id", source));
            return;
        }
        if (payment.amountVnd() != notice.amountVnd()) {
            decisions.refuse(new Refusal(Optional.of(payment.id()), payment.endToEndId(),
                    PaymentStates.describe(decisions.stateOf(payment)), event, Refusal.Kind.AMOUNT_MISMATCH,
                    "the payment was " + payment.amountVnd() + " VND", source));
            return;
        }
        decisions.decide(payment, new PaymentEvent.Returned(notice.reason()), source);
    }

    /** The first code among a report's reason blocks, ISO before proprietary within a block. */
    public static Optional<ReasonCode> firstCode(List<ReportedReason> reasons) {
        return reasons.stream().map(ReportedReason::code).flatMap(Optional::stream).findFirst();
    }
}
