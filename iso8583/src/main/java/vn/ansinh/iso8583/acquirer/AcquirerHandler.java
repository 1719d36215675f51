package vn.ansinh.iso8583.acquirer;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.host.MessageHandler;

/**
 * The acquirer's rules, independent of storage: plug in a journal and an authorizer and give it to the host
 * server. Requests are routed by MTI; a message that is itself a response gets no answer.
 */
public final class AcquirerHandler implements MessageHandler {
    private final FinancialRequests financial;
    private final Reversals reversals;
    private final BatchReconciliation reconciliation;

    public AcquirerHandler(TransactionJournal journal, Authorizer authorizer, Clock clock) {
        Objects.requireNonNull(journal, "journal");
        this.financial = new FinancialRequests(journal, Objects.requireNonNull(authorizer, "authorizer"),
                Objects.requireNonNull(clock, "clock"));
        this.reversals = new Reversals(journal);
        this.reconciliation = new BatchReconciliation(journal);
    }

    /** The journal reserves, decides and records each 0100 and 0200 in one step, by its own rules. */
    public AcquirerHandler(DecidingJournal journal, Clock clock) {
        Objects.requireNonNull(journal, "journal");
        this.financial = new FinancialRequests(journal, Objects.requireNonNull(clock, "clock"));
        this.reversals = new Reversals(journal);
        this.reconciliation = new BatchReconciliation(journal);
    }

    @Override
    public Optional<Iso8583Message> handle(Iso8583Message request) {
        return switch (request.mti()) {
            case "0800" -> Optional.of(NetworkManagement.answer(request));
            case "0100", "0200", "0220" -> Optional.of(financial.answer(request));
            case "0400", "0401", "0420", "0421" -> Optional.of(reversals.answer(request));
            case "0500" -> Optional.of(reconciliation.answer(request));
            default -> Optional.empty();
        };
    }

    /** Overload is answered 91 to requests, so the terminal retries later knowing nothing was decided. */
    @Override
    public Optional<Iso8583Message> busy(Iso8583Message request) {
        return answers(request.mti())
                ? Optional.of(Responses.to(request, ResponseCode.ISSUER_OR_SWITCH_INOPERATIVE))
                : Optional.empty();
    }

    /** Whether this acquirer answers requests of this MTI; others are left unanswered. */
    public static boolean answers(String mti) {
        return switch (mti) {
            case "0800", "0100", "0200", "0220", "0400", "0401", "0420", "0421", "0500" -> true;
            default -> false;
        };
    }
}
