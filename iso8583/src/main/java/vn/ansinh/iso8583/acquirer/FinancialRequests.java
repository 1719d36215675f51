package vn.ansinh.iso8583.acquirer;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import vn.ansinh.iso8583.acquirer.DecidingJournal.Recorded;
import vn.ansinh.iso8583.Iso8583Message;

/**
 * Answers 0100, 0200 and 0220: checks format and card, refuses duplicates with 94 without deciding again, then
 * reserves, decides (the engine's {@link Authorizer}; an advice is already decided by the terminal) and records.
 * With a {@link DecidingJournal} a 0100 or 0200 is reserved, decided and recorded by the journal in one step.
 */
final class FinancialRequests {
    static final String VIETNAMESE_DONG = "704";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TransactionJournal journal;
    private final Authorizer authorizer;
    private final Optional<DecidingJournal> deciding;
    private final Clock clock;

    FinancialRequests(TransactionJournal journal, Authorizer authorizer, Clock clock) {
        this.journal = journal;
        this.authorizer = authorizer;
        this.deciding = Optional.empty();
        this.clock = clock;
    }

    /** The journal decides 0100 and 0200 itself; advices take the reserve-then-record path. */
    FinancialRequests(DecidingJournal journal, Clock clock) {
        this.journal = journal;
        this.authorizer = request -> {
            throw new IllegalStateException("a deciding journal decides " + request.key() + " itself");
        };
        this.deciding = Optional.of(journal);
        this.clock = clock;
    }

    Iso8583Message answer(Iso8583Message request) {
        Optional<TransactionKey> key = Keys.of(request);
        Optional<TransactionKind> kind = request.field(3).flatMap(TransactionKind::ofProcessingCode);
        if (key.isEmpty() || request.field(4).isEmpty() || request.field(49).isEmpty()) {
            return Responses.to(request, ResponseCode.FORMAT_ERROR);
        }
        Optional<ResponseCode> refusal = refusal(request, kind);
        if (refusal.isPresent()) {
            return Responses.to(request, refusal.get());
        }
        long amountMinor = Long.parseLong(request.field(4).orElseThrow());
        JournalEntry pending = JournalEntry.pending(key.get(), request.mti(), kind.orElseThrow(), amountMinor,
                VIETNAMESE_DONG, request.field(37));
        if (deciding.isPresent() && !request.mti().equals("0220")) {
            return inOneStep(deciding.get(), request, pending);
        }
        return switch (journal.reserve(pending)) {
            case TransactionJournal.Reservation.Duplicate duplicate ->
                    Responses.to(request, ResponseCode.DUPLICATE_TRANSMISSION);
            case TransactionJournal.Reservation.Reserved reserved -> decideAndRecord(request, reserved.entry());
        };
    }

    private Optional<ResponseCode> refusal(Iso8583Message request, Optional<TransactionKind> kind) {
        if (kind.isEmpty() || !request.field(49).orElseThrow().equals(VIETNAMESE_DONG)) {
            return Optional.of(ResponseCode.INVALID_TRANSACTION);
        }
        if (Long.parseLong(request.field(4).orElseThrow()) <= 0) {
            return Optional.of(ResponseCode.INVALID_AMOUNT);
        }
        if (request.field(2).filter(pan -> !Luhn.isValid(pan)).isPresent()) {
            return Optional.of(ResponseCode.INVALID_CARD_NUMBER);
        }
        if (request.field(14).filter(this::expired).isPresent()) {
            return Optional.of(ResponseCode.EXPIRED_CARD);
        }
        return Optional.empty();
    }

    private boolean expired(String yearMonth) {
        YearMonth expiry = YearMonth.of(2000 + Integer.parseInt(yearMonth.substring(0, 2)),
                Integer.parseInt(yearMonth.substring(2, 4)));
        return expiry.isBefore(YearMonth.now(clock.withZone(VIETNAM)));
    }

    private Iso8583Message decideAndRecord(Iso8583Message request, JournalEntry pending) {
        AuthorizationDecision decision = request.mti().equals("0220") ? adviceDecision(request) : authorize(request, pending);
        return switch (decision) {
            case AuthorizationDecision.Approved approved -> {
                journal.decide(pending.key(), ResponseCode.APPROVED, Optional.of(approved.approvalCode()));
                yield Responses.approved(request, approved.approvalCode());
            }
            case AuthorizationDecision.Declined declined -> {
                journal.decide(pending.key(), declined.code(), Optional.empty());
                yield Responses.to(request, declined.code());
            }
        };
    }

    private static Iso8583Message inOneStep(DecidingJournal journal, Iso8583Message request, JournalEntry pending) {
        return switch (journal.reserveAndDecide(pending, authorizationOf(request, pending))) {
            case Recorded.Duplicate duplicate -> Responses.to(request, ResponseCode.DUPLICATE_TRANSMISSION);
            case Recorded.Decided decided -> {
                ResponseCode code = decided.entry().responseCode().orElseThrow();
                yield code == ResponseCode.APPROVED
                        ? Responses.approved(request, decided.entry().approvalCode().orElseThrow())
                        : Responses.to(request, code);
            }
        };
    }

    /** An advice reports what the terminal already did offline; the host records it, it does not decide it. */
    private static AuthorizationDecision adviceDecision(Iso8583Message request) {
        return new AuthorizationDecision.Approved(request.field(38).filter(code -> code.matches("[A-Za-z0-9]{6}"))
                .orElse("OFFLIN"));
    }

    private static AuthorizationRequest authorizationOf(Iso8583Message request, JournalEntry pending) {
        return new AuthorizationRequest(pending.key(), pending.kind(), pending.amountMinor(), pending.currency(),
                request.field(2), request.field(42), request.field(52));
    }

    private AuthorizationDecision authorize(Iso8583Message request, JournalEntry pending) {
        try {
            return authorizer.authorize(authorizationOf(request, pending));
        } catch (RuntimeException failure) {
            // The engine failed, not the card: 96 tells the terminal to try again later, and the journal says so.
            System.getLogger(FinancialRequests.class.getName()).log(System.Logger.Level.ERROR,
                    "authorizer failed for " + pending.key(), failure);
            return new AuthorizationDecision.Declined(ResponseCode.SYSTEM_MALFUNCTION);
        }
    }
}
