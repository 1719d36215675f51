package vn.ansinh.iso8583.acquirer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Message;

class DecidingJournalRulesTest {
    private static final String TERMINAL = "POS00018";
    private final DecidingInMemory journal = new DecidingInMemory();
    private final AcquirerHandler acquirer = new AcquirerHandler(journal,
            Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));

    private static Iso8583Message financial(String mti, String stan, long amount) {
        return new Iso8583Message(mti, Map.of(3, "000000", 4, String.format("%012d", amount), 7, "1122100105",
                11, stan, 41, TERMINAL, 49, "704"));
    }

    // Proves a deciding journal's approval reaches the terminal with its code, and a repeat is 94 without a second decision.
    @Test
    void oneStepApprovalAndDuplicate() {
        Iso8583Message answer = acquirer.handle(financial("0200", "000001", 5_000)).orElseThrow();
        assertEquals(Optional.of("00"), answer.field(39));
        assertEquals(Optional.of("000042"), answer.field(38));
        assertEquals(Optional.of("94"), acquirer.handle(financial("0200", "000001", 5_000)).orElseThrow().field(39));
        assertEquals(2, journal.oneStepCalls.get());
        assertEquals(new BatchTotals(0, 0, 1, 5_000), journal.openBatchTotals(TERMINAL));
    }

    // Proves the journal's decline is answered with its own code, and an advice is recorded without the one-step path.
    @Test
    void declinesAndAdvices() {
        assertEquals(Optional.of("51"), acquirer.handle(financial("0200", "000002", 2_000_000)).orElseThrow().field(39));
        assertEquals(Optional.of("00"), acquirer.handle(financial("0220", "000003", 7_000)).orElseThrow().field(39));
        assertEquals(1, journal.oneStepCalls.get());
        assertEquals(new BatchTotals(0, 0, 1, 7_000), journal.openBatchTotals(TERMINAL));
    }

    /** The in-memory journal, deciding by amount: above a million declined 51, else approved 000042. */
    private static final class DecidingInMemory implements DecidingJournal {
        private final InMemoryTransactionJournal entries = new InMemoryTransactionJournal(100);
        private final AtomicInteger oneStepCalls = new AtomicInteger();

        @Override
        public synchronized Recorded reserveAndDecide(JournalEntry pending, AuthorizationRequest request) {
            oneStepCalls.incrementAndGet();
            return switch (entries.reserve(pending)) {
                case Reservation.Duplicate duplicate -> new Recorded.Duplicate(duplicate.existing());
                case Reservation.Reserved reserved -> new Recorded.Decided(request.amountMinor() > 1_000_000
                        ? entries.decide(pending.key(), ResponseCode.INSUFFICIENT_FUNDS, Optional.empty())
                        : entries.decide(pending.key(), ResponseCode.APPROVED, Optional.of("000042")));
            };
        }

        @Override public Reservation reserve(JournalEntry pending) { return entries.reserve(pending); }
        @Override public JournalEntry decide(TransactionKey key, ResponseCode code, Optional<String> approvalCode) {
            return entries.decide(key, code, approvalCode);
        }
        @Override public Optional<JournalEntry> find(TransactionKey key) { return entries.find(key); }
        @Override public Optional<JournalEntry> findByReference(String terminalId, String stan, String reference) {
            return entries.findByReference(terminalId, stan, reference);
        }
        @Override public ReversalOutcome reverse(TransactionKey original) { return entries.reverse(original); }
        @Override public BatchTotals openBatchTotals(String terminalId) { return entries.openBatchTotals(terminalId); }
        @Override public void closeBatch(String terminalId) { entries.closeBatch(terminalId); }
    }
}
