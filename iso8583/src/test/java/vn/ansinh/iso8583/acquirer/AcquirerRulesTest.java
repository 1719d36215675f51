package vn.ansinh.iso8583.acquirer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Message;

class AcquirerRulesTest {
    private static final String TERMINAL = "POS00017";
    private final InMemoryTransactionJournal journal = new InMemoryTransactionJournal(100);
    private final AtomicInteger authorizations = new AtomicInteger();
    private final AcquirerHandler acquirer = new AcquirerHandler(journal, request -> {
        authorizations.incrementAndGet();
        return request.amountMinor() > 1_000_000 ? new AuthorizationDecision.Declined(ResponseCode.INSUFFICIENT_FUNDS)
                : new AuthorizationDecision.Approved("123456");
    }, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));

    private static Iso8583Message purchase(String stan, long amount) {
        return new Iso8583Message("0200", Map.of(3, "000000", 4, String.format("%012d", amount), 7, "1122100105",
                11, stan, 37, "6332100" + stan.substring(1), 41, TERMINAL, 49, "704"));
    }

    private String answer(Iso8583Message request) {
        return acquirer.handle(request).orElseThrow().field(39).orElseThrow();
    }

    // Proves a duplicate request gets 94 and never reaches the authorizer a second time.
    @Test
    void duplicateIsAnswered94WithoutDecidingAgain() {
        assertEquals("00", answer(purchase("000001", 5_000)));
        assertEquals("94", answer(purchase("000001", 5_000)));
        assertEquals(1, authorizations.get());
    }

    // Proves the card, amount and format checks answer 14, 54, 13, 30 and 12 before the authorizer is asked.
    @Test
    void acquirerChecksComeBeforeTheAuthorizer() {
        assertEquals("14", answer(purchase("000002", 5_000).withField(2, "4111111111111112")));
        assertEquals("54", answer(purchase("000003", 5_000).withField(14, "2610")));
        assertEquals("13", answer(purchase("000004", 0)));
        assertEquals("30", answer(purchase("000005", 5_000).withoutField(41)));
        assertEquals("12", answer(purchase("000006", 5_000).withField(49, "840")));
        assertEquals(0, authorizations.get());
    }

    // Proves a reversal found by STAN, RRN and terminal is applied once, repeats are acknowledged, and totals drop it.
    @Test
    void reversalByReferenceIsIdempotent() {
        assertEquals("00", answer(purchase("000007", 9_000)));
        assertEquals("00", answer(purchase("000008", 1_000)));
        Iso8583Message reversal = purchase("000007", 9_000).withMti("0420").withField(32, "970436");
        assertEquals("00", answer(reversal));
        assertEquals("00", answer(reversal.withMti("0421")));
        assertEquals(new BatchTotals(0, 0, 1, 1_000), journal.openBatchTotals(TERMINAL));
        assertEquals("13", answer(purchase("000008", 999).withMti("0400").withField(32, "970436")));
        assertEquals("12", answer(purchase("000099", 999).withMti("0400").withField(32, "970436")));
    }

    // Proves batch totals that differ from the journal get 95 and equal ones 00, closing the batch.
    @Test
    void batchTotalsReconcile() {
        assertEquals("00", answer(purchase("000010", 2_500)));
        Iso8583Message batch = new Iso8583Message("0500", Map.of(7, "1122230000", 11, "000011", 41, TERMINAL,
                74, "0000000000", 76, "0000000001", 86, "0000000000000000", 88, "0000000000002500"));
        assertEquals("95", answer(batch.withField(88, "0000000000002400")));
        assertEquals("00", answer(batch));
        assertEquals(BatchTotals.EMPTY, journal.openBatchTotals(TERMINAL));
    }

    // Proves sign-on, echo and cutover are acknowledged, and an unknown network code is refused.
    @Test
    void networkManagementCodes() {
        Iso8583Message echo = new Iso8583Message("0800", Map.of(7, "1122100000", 11, "000001", 70, "301"));
        for (String code : new String[] {"001", "201", "301"}) {
            Iso8583Message response = acquirer.handle(echo.withField(70, code)).orElseThrow();
            assertEquals("0810", response.mti());
            assertEquals("00", response.field(39).orElseThrow());
        }
        assertEquals("12", answer(echo.withField(70, "999")));
    }
}
