package vn.ansinh.merchant.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.acquirer.DecidingJournal;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionKind;
import vn.ansinh.merchant.ledger.Ledger;
import vn.ansinh.merchant.settlement.Cutover;
import vn.ansinh.testing.AdminDatabase;

/**
 * Authorisations racing a cutover on the one-step path lose nothing and count nothing twice: each approval is booked
 * once, either into the batch being cut or onto the next business date.
 */
@QuarkusTest
class AuthorizationDuringCutoverTest {

    private static final int THREADS = 8;
    private static final int SALES_PER_THREAD = 60;
    private static final Duration WAIT_MAX = Duration.ofSeconds(60);

    @Inject PostgresTransactionJournal journal;
    @Inject Cutover cutover;
    @Inject Ledger ledger;

    /** Proves Σ approved = Σ in the settled batch's line + Σ booked after it, with approvals on both sides of the cutover. */
    @Test
    void everyApprovalLandsInExactlyOneBusinessDate() throws Exception {
        String terminal = PostgresTransactionJournalTest.registeredTerminal();
        LocalDate day = freshOpenDate();
        var halfway = new CountDownLatch(THREADS * SALES_PER_THREAD / 2);
        var futures = new ArrayList<Future<Long>>();
        try (var threads = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(threads.submit(() -> sell(terminal, thread, halfway)));
            }
            assertTrue(halfway.await(WAIT_MAX.toSeconds(), TimeUnit.SECONDS), "half the sales were not answered in time");
            cutover.cutover(day, "test:authorisation-during-cutover").await().atMost(WAIT_MAX);
            long approved = 0;
            for (var future : futures) {
                approved += future.get(WAIT_MAX.toSeconds(), TimeUnit.SECONDS);
            }
            long inBatch = sum("""
                    select coalesce(sum(l.gross_vnd), 0) from settlement_line l join settlement_batch b on b.id = l.batch_id
                    where b.business_date = '%s' and l.merchant_id = (select merchant_id from merchant_terminal
                        where terminal_id = '%s')""".formatted(day, terminal));
            long after = sum("select coalesce(sum(amount_vnd), 0) from merchant_entry where terminal_id = '%s'"
                    .formatted(terminal) + " and business_date > '" + day + "'");
            assertEquals(approved, inBatch + after);
            assertEquals(approved, sum("select coalesce(sum(amount_vnd), 0) from card_transaction where terminal_id = '"
                    + terminal + "' and state = 'APPROVED'"));
            assertTrue(inBatch > 0 && after > 0, "approvals on both sides of the cutover: " + inBatch + " / " + after);
        }
    }

    /** One thread's sales, each approved; answers the sum of their amounts. */
    private Long sell(String terminal, int thread, CountDownLatch halfway) {
        long approved = 0;
        for (int i = 0; i < SALES_PER_THREAD; i++) {
            long amount = 10_000 + thread * 1_000 + i;
            var key = new TransactionKey(terminal, "%06d".formatted(thread * 1_000 + i), "1122101010");
            JournalEntry sale = JournalEntry.pending(key, "0200", TransactionKind.DEBIT, amount, "704", Optional.empty());
            var recorded = journal.reserveAndDecide(sale, PostgresTransactionJournalTest.request(sale));
            if (recorded instanceof DecidingJournal.Recorded.Decided decided
                    && decided.entry().responseCode().orElseThrow().code().equals("00")) {
                approved += amount;
            }
            halfway.countDown();
        }
        return approved;
    }

    /** Settles the date bookings go to now, so this test's sales start on a date no earlier run touched. */
    private LocalDate freshOpenDate() throws Exception {
        LocalDate open = LocalDate.parse(string("select " + Ledger.openDateSql("'" + ledger.calendarDateNow() + "'")));
        cutover.cutover(open, "test:authorisation-during-cutover").await().atMost(WAIT_MAX);
        return LocalDate.parse(string("select " + Ledger.openDateSql("'" + ledger.calendarDateNow() + "'")));
    }

    private static long sum(String sql) throws Exception {
        return Long.parseLong(string(sql));
    }

    private static String string(String sql) throws Exception {
        try (var db = AdminDatabase.connectAsEngine(); var query = db.prepareStatement(sql); var rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
