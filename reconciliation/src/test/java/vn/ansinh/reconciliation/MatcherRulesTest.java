package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.BreakClass;
import vn.ansinh.reconciliation.match.Match;
import vn.ansinh.reconciliation.match.MatchPolicy;
import vn.ansinh.reconciliation.match.MatchResult;
import vn.ansinh.reconciliation.match.Matcher;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.match.ReleasedBatch;
import vn.ansinh.reconciliation.model.BatchSummary;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.TransactionDetail;

class MatcherRulesTest {
    private static final Currency VND = Currency.getInstance("VND");
    private static final String ACCOUNT = "0011001234567";
    private static final Instant AS_OF = Instant.parse("2025-01-10T00:00:00Z");
    private static final MatchPolicy POLICY = MatchPolicy.vietnam(AS_OF);

    private static Payment payment(String id, long amount, Optional<String> batch) {
        return new Payment(id, amount, VND, ACCOUNT, "x", "y", batch, PaymentStatus.SETTLED, AS_OF.minusSeconds(86_400 * 4));
    }

    private static Entry entry(long amount, Direction direction, Optional<String> id, Optional<BatchSummary> batch,
                               List<TransactionDetail> details) {
        return new Entry(0, amount, VND, direction, EntryStatus.BOOKED, false, Optional.of(LocalDate.of(2025, 1, 6)),
                Optional.empty(), Optional.empty(), id, "", Party.unknown(), Optional.empty(), batch, details);
    }

    @Test
    void bulkDebitMatchesReleasedBatchAndClaimsItsPayments() {
        // Proves rule 2: a bulk debit naming the pain.001 message id matches the batch N:1.
        List<Payment> payments = List.of(payment("A", 300, Optional.of("MSG1")), payment("B", 700, Optional.of("MSG1")));
        ReleasedBatch batch = new ReleasedBatch("MSG1", 2, 1_000, VND, ACCOUNT, AS_OF.minusSeconds(86_400 * 5));
        BatchSummary summary = new BatchSummary(Optional.of("MSG1"), Optional.empty(), OptionalInt.of(2), OptionalLong.of(1_000));
        BankEntry bulk = new BankEntry(ACCOUNT, "S", entry(1_000, Direction.DEBIT, Optional.empty(), Optional.of(summary), List.of()));
        MatchResult result = Matcher.match(List.of(bulk), payments, List.of(batch), POLICY);
        Match.Batch match = assertInstanceOf(Match.Batch.class, result.matches().getFirst());
        assertEquals(List.of("A", "B"), match.endToEndIds());
        assertTrue(result.breaks().isEmpty(), result.breaks().toString());
    }

    @Test
    void creditNamingOurPaymentIsAReturnAndUnknownReturnIsABreak() {
        // Proves rule 3 and RETURN_WITHOUT_PAYMENT.
        TransactionDetail ours = new TransactionDetail(Optional.of("A"), OptionalLong.of(300), Optional.of(Direction.CREDIT),
                Party.unknown(), "", Optional.of("AC01"));
        TransactionDetail unknown = new TransactionDetail(Optional.of("Z"), OptionalLong.of(50), Optional.of(Direction.CREDIT),
                Party.unknown(), "", Optional.of("AC04"));
        BankEntry debit = new BankEntry(ACCOUNT, "S", entry(300, Direction.DEBIT, Optional.of("A"), Optional.empty(), List.of()));
        BankEntry returned = new BankEntry(ACCOUNT, "T", entry(300, Direction.CREDIT, Optional.empty(), Optional.empty(), List.of(ours)));
        BankEntry stray = new BankEntry(ACCOUNT, "U", entry(50, Direction.CREDIT, Optional.empty(), Optional.empty(), List.of(unknown)));
        MatchResult result = Matcher.match(List.of(debit, returned, stray), List.of(payment("A", 300, Optional.empty())),
                List.of(), POLICY);
        assertEquals(2, result.matches().size());
        assertTrue(result.matches().stream().anyMatch(m -> m instanceof Match.Return));
        assertEquals(BreakClass.RETURN_WITHOUT_PAYMENT, result.breaks().getFirst().breakClass());
    }

    @Test
    void sameAccountAndAmountWithoutIdIsOnlyAProposal() {
        // Proves rule 4 never matches automatically: a proposal (60-89) plus the breaks it would resolve.
        BankEntry anonymous = new BankEntry(ACCOUNT, "S", entry(500, Direction.DEBIT, Optional.empty(), Optional.empty(), List.of()));
        MatchResult result = Matcher.match(List.of(anonymous), List.of(payment("A", 500, Optional.empty())), List.of(), POLICY);
        assertTrue(result.matches().isEmpty());
        int confidence = result.proposals().getFirst().confidence();
        assertTrue(confidence >= 60 && confidence <= 89, "confidence " + confidence);
        assertEquals(2, result.breaks().size());
    }
}
