package vn.ansinh.merchant.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.acquirer.AuthorizationRequest;
import vn.ansinh.iso8583.acquirer.BatchTotals;
import vn.ansinh.iso8583.acquirer.DecidingJournal;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.ResponseCode;
import vn.ansinh.iso8583.acquirer.TransactionJournal;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionKind;
import vn.ansinh.testing.AdminDatabase;

/** The PostgreSQL journal keeps the acquirer's promises: one reservation per key, one booking per state change. */
@QuarkusTest
class PostgresTransactionJournalTest {

    @Inject PostgresTransactionJournal journal;

    /** Proves that of eight identical requests racing, exactly one is reserved and seven are duplicates. */
    @Test
    void racingDuplicatesReserveOnce() throws Exception {
        String terminal = registeredTerminal();
        JournalEntry pending = pending(terminal, "000001", "0200");
        Callable<TransactionJournal.Reservation> reserve = () -> journal.reserve(pending);
        var reservations = new ArrayList<TransactionJournal.Reservation>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            var futures = new ArrayList<java.util.concurrent.Future<TransactionJournal.Reservation>>();
            for (int i = 0; i < 8; i++) {
                futures.add(threads.submit(reserve));
            }
            for (var future : futures) {
                reservations.add(future.get());
            }
        }
        assertEquals(1, reservations.stream().filter(TransactionJournal.Reservation.Reserved.class::isInstance).count());
        assertEquals(1, count("select count(*) from card_transaction where terminal_id = '" + terminal + "'"));
    }

    /** Proves an approval books one sale, a repeated reversal books one reversal, and the batch closes to empty. */
    @Test
    void approvalAndReversalBookOnceAndTheBatchCloses() throws Exception {
        String terminal = registeredTerminal();
        JournalEntry sale = pending(terminal, "000002", "0200");
        assertInstanceOf(TransactionJournal.Reservation.Reserved.class, journal.reserve(sale));
        journal.decide(sale.key(), ResponseCode.APPROVED, Optional.of("123456"));
        assertEquals(new BatchTotals(0, 0, 1, 75_000), journal.openBatchTotals(terminal));
        assertInstanceOf(TransactionJournal.ReversalOutcome.Reversed.class, journal.reverse(sale.key()));
        assertInstanceOf(TransactionJournal.ReversalOutcome.AlreadyReversed.class, journal.reverse(sale.key()));
        assertEquals(BatchTotals.EMPTY, journal.openBatchTotals(terminal));
        assertEquals(2, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"));
        assertEquals(1, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "' and kind = 'REVERSAL'"));

        JournalEntry authorisation = pending(terminal, "000003", "0100");
        journal.reserve(authorisation);
        journal.decide(authorisation.key(), ResponseCode.APPROVED, Optional.of("654321"));
        assertEquals(2, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"),
                "an authorisation moves no money");
        journal.closeBatch(terminal);
        assertEquals(BatchTotals.EMPTY, journal.openBatchTotals(terminal));
    }

    /** Proves the one-step path approves with a six-digit code, books once, answers a repeat as a duplicate, and keeps only BIN and last four. */
    @Test
    void oneStepApprovesOnceAndARepeatIsADuplicate() throws Exception {
        String terminal = registeredTerminal();
        JournalEntry sale = pending(terminal, "000004", "0200");
        var first = assertInstanceOf(DecidingJournal.Recorded.Decided.class,
                journal.reserveAndDecide(sale, request(sale)));
        assertEquals(Optional.of(ResponseCode.APPROVED), first.entry().responseCode());
        assertTrue(first.entry().approvalCode().orElseThrow().matches("[0-9]{6}"));
        var repeat = assertInstanceOf(DecidingJournal.Recorded.Duplicate.class,
                journal.reserveAndDecide(sale, request(sale)));
        assertEquals(first.entry(), repeat.existing(), "a duplicate is answered from what is stored, not decided again");
        assertEquals(1, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"));
        assertEquals(1, count("select count(*) from card_transaction where terminal_id = '" + terminal
                + "' and pan_bin = '411111' and pan_last4 = '1111'"));

        JournalEntry authorisation = pending(terminal, "000005", "0100");
        journal.reserveAndDecide(authorisation, request(authorisation));
        assertEquals(1, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"),
                "an authorisation moves no money");
    }

    /** Proves of eight identical requests racing on the one-step path, one is decided and booked and seven are duplicates. */
    @Test
    void racingDuplicatesAreDecidedOnce() throws Exception {
        String terminal = registeredTerminal();
        JournalEntry sale = pending(terminal, "000007", "0200");
        var recorded = new ArrayList<DecidingJournal.Recorded>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            var futures = new ArrayList<java.util.concurrent.Future<DecidingJournal.Recorded>>();
            for (int i = 0; i < 8; i++) {
                futures.add(threads.submit(() -> journal.reserveAndDecide(sale, request(sale))));
            }
            for (var future : futures) {
                recorded.add(future.get());
            }
        }
        assertEquals(1, recorded.stream().filter(DecidingJournal.Recorded.Decided.class::isInstance).count());
        assertEquals(1, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"));
    }

    /** Proves the one-step path declines with 58, and books nothing, for a suspended merchant or an unknown terminal. */
    @Test
    void oneStepDeclinesWhatIsNotPermitted() throws Exception {
        String terminal = registeredTerminal();
        count("with s as (update merchant set status = 'SUSPENDED' where id = (select merchant_id from merchant_terminal"
                + " where terminal_id = '" + terminal + "') returning 1) select count(*) from s");
        for (String who : java.util.List.of(terminal, unknownTerminal())) {
            JournalEntry sale = pending(who, "000006", "0200");
            var decided = assertInstanceOf(DecidingJournal.Recorded.Decided.class,
                    journal.reserveAndDecide(sale, request(sale)));
            assertEquals(Optional.of(ResponseCode.NOT_PERMITTED_TO_TERMINAL), decided.entry().responseCode());
            assertEquals(Optional.empty(), decided.entry().approvalCode());
        }
        assertEquals(0, count("select count(*) from merchant_entry where terminal_id = '" + terminal + "'"));
    }

    static AuthorizationRequest request(JournalEntry pending) {
        return new AuthorizationRequest(pending.key(), pending.kind(), pending.amountMinor(), pending.currency(),
                Optional.of("4111111111111111"), Optional.empty(), Optional.empty());
    }

    static JournalEntry pending(String terminal, String stan, String mti) {
        return JournalEntry.pending(new TransactionKey(terminal, stan, "1122101010"), mti, TransactionKind.DEBIT, 75_000,
                "704", Optional.of("RRN00000" + stan.substring(2)));
    }

    private static String unknownTerminal() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    }

    static String registeredTerminal() throws Exception {
        String terminal = "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        try (var db = AdminDatabase.connectAsEngine(); var insert = db.prepareStatement("""
                with m as (insert into merchant (name, mcc, address, settlement_bin, settlement_account,
                        settlement_holder, mdr_rate_bp, mdr_fixed_vnd, created_by)
                    values ('Journal', '5411', 'Test', '970436', '0071000123456', 'JOURNAL', 0, 0, 'test') returning id)
                insert into merchant_terminal (terminal_id, merchant_id, created_by) select ?, id, 'test' from m""")) {
            insert.setString(1, terminal);
            insert.executeUpdate();
        }
        return terminal;
    }

    static long count(String sql) throws Exception {
        try (var db = AdminDatabase.connectAsEngine(); var query = db.prepareStatement(sql); var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
