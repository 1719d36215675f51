package vn.ansinh.merchant.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.LengthHeader;
import vn.ansinh.iso8583.UnpackResult;
import vn.ansinh.iso8583.acquirer.DecidingJournal;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionKind;

/**
 * Group commit keeps the acquirer's promises under concurrency: requests that share one statement and one commit
 * are each decided once, a repeat in the same group or in a group beside it is a duplicate answered from the stored
 * row, and every approval is journalled and booked exactly once.
 */
@QuarkusTest
class AuthorizationGroupCommitTest {

    private static final int KEYS = 200;
    private static final int COPIES = 3;
    private static final int THREADS = 48;
    private static final long WAIT_SECONDS = 60;

    @Inject PostgresTransactionJournal journal;
    @Inject AcquirerHost host;
    @Inject MeterRegistry meters;

    /** Proves each of 200 keys sent three times by 48 threads at once is decided once, journalled once, booked once. */
    @Test
    void concurrentCopiesAreDecidedOnceAndTheRestAreDuplicates() throws Exception {
        String terminal = PostgresTransactionJournalTest.registeredTerminal();
        var submissions = new ArrayList<JournalEntry>();
        for (int key = 0; key < KEYS; key++) {
            JournalEntry sale = JournalEntry.pending(new TransactionKey(terminal, "%06d".formatted(key), "1122101010"),
                    "0200", TransactionKind.DEBIT, 10_000 + key, "704", Optional.empty());
            for (int copy = 0; copy < COPIES; copy++) {
                submissions.add(sale);
            }
        }
        Collections.shuffle(submissions, new Random(7));
        var queue = new ConcurrentLinkedQueue<>(submissions);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<List<DecidingJournal.Recorded>>>();
        try (var threads = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    var answers = new ArrayList<DecidingJournal.Recorded>();
                    for (JournalEntry sale = queue.poll(); sale != null; sale = queue.poll()) {
                        answers.add(journal.reserveAndDecide(sale, PostgresTransactionJournalTest.request(sale)));
                    }
                    return answers;
                }));
            }
            start.countDown();
            var decided = new HashMap<TransactionKey, JournalEntry>();
            var duplicates = new ArrayList<JournalEntry>();
            for (var future : futures) {
                for (DecidingJournal.Recorded recorded : future.get(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    switch (recorded) {
                        case DecidingJournal.Recorded.Decided first -> assertEquals(null,
                                decided.put(first.entry().key(), first.entry()), "decided twice: " + first.entry().key());
                        case DecidingJournal.Recorded.Duplicate repeat -> duplicates.add(repeat.existing());
                    }
                }
            }
            assertEquals(KEYS, decided.size());
            assertEquals(KEYS * (COPIES - 1), duplicates.size());
            for (JournalEntry repeat : duplicates) {
                assertEquals(decided.get(repeat.key()), repeat, "a duplicate is answered from the stored row");
            }
        }
        String ofTerminal = " where terminal_id = '" + terminal + "'";
        assertEquals(KEYS, PostgresTransactionJournalTest.count("select count(*) from card_transaction" + ofTerminal
                + " and state = 'APPROVED'"));
        assertEquals(KEYS, PostgresTransactionJournalTest.count("select count(*) from merchant_entry" + ofTerminal));
        long expected = KEYS * 10_000L + (long) KEYS * (KEYS - 1) / 2;
        assertEquals(expected, PostgresTransactionJournalTest.count("select sum(amount_vnd) from merchant_entry"
                + ofTerminal));
    }

    /**
     * Proves the same 0200 arriving on two connections at once is answered 00 on one and 94 on the other, over TCP,
     * and that the host timed every one of them.
     */
    @Test
    void theSameRequestOnTwoConnectionsIsApprovedOnceOverTheHost() throws Exception {
        String terminal = PostgresTransactionJournalTest.registeredTerminal();
        int port = host.port().orElseThrow();
        var codec = Iso8583Codec.ansinhDialect();
        int rounds = 20;
        long timedBefore = salesTimed();
        try (var first = new Socket("127.0.0.1", port); var second = new Socket("127.0.0.1", port);
             var threads = Executors.newFixedThreadPool(2)) {
            first.setSoTimeout(20_000);
            second.setSoTimeout(20_000);
            var codes = new ArrayList<String>();
            for (int round = 0; round < rounds; round++) {
                Iso8583Message sale = purchase(terminal, "%06d".formatted(500 + round));
                Future<String> one = threads.submit(() -> exchange(first, codec, sale));
                Future<String> other = threads.submit(() -> exchange(second, codec, sale));
                List<String> pair = new ArrayList<>(List.of(one.get(WAIT_SECONDS, TimeUnit.SECONDS),
                        other.get(WAIT_SECONDS, TimeUnit.SECONDS)));
                Collections.sort(pair);
                codes.add(String.join(",", pair));
            }
            assertEquals(Collections.nCopies(rounds, "00,94"), codes);
        }
        // Other tests may send 0200s to the same host at the same time; at least ours were timed.
        assertTrue(salesTimed() - timedBefore >= 2L * rounds, "0200s timed: " + (salesTimed() - timedBefore));
        assertEquals(rounds, PostgresTransactionJournalTest.count(
                "select count(*) from merchant_entry where terminal_id = '" + terminal + "'"));
    }

    private long salesTimed() {
        Timer sales = meters.find("ansinh.acquirer.handling").tag("mti", "0200").timer();
        return sales == null ? 0 : sales.count();
    }

    private static Iso8583Message purchase(String terminal, String stan) {
        return new Iso8583Message("0200", new TreeMap<>(Map.of(2, "4111111111111111", 3, "000000",
                4, "000000075000", 7, "1122101010", 11, stan, 37, "RRN000" + stan, 41, terminal, 49, "704")));
    }

    /** One request on its own connection; the answer's DE39 once it is checked to answer this request. */
    private static String exchange(Socket socket, Iso8583Codec codec, Iso8583Message request) throws Exception {
        socket.getOutputStream().write(LengthHeader.BINARY_2.frame(codec.pack(request)));
        socket.getOutputStream().flush();
        byte[] body = LengthHeader.BINARY_2.read(socket.getInputStream(), 8_192)
                .orElseThrow(() -> new IOException("the host closed the connection"));
        Iso8583Message response = assertInstanceOf(UnpackResult.Unpacked.class, codec.unpack(body)).message();
        assertEquals(request.field(11), response.field(11), "the response answers another request");
        return response.field(39).orElseThrow();
    }
}
