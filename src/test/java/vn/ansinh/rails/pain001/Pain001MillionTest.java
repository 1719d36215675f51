package vn.ansinh.rails.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankIdentity;

class Pain001MillionTest {

    private static final int TRANSACTIONS = 1_000_000;
    private static final long AMOUNT_VND = 1_500_000;
    /** Generous: the id set is 16 MB; a writer holding the document in memory would need gigabytes. */
    private static final long HEAP_GROWTH_BYTES_MAX = 96L * 1024 * 1024;

    @Test
    void aMillionTransactionsStreamInBoundedMemory() {
        // Proves that 1,000,000 transactions are written from an iterator with heap growth under a fixed bound.
        CountingSink sink = new CountingSink();
        long before = usedHeap();
        Pain001Totals totals = Pain001Writer.writeAll(sink, Pain001Samples.header(TRANSACTIONS,
                TRANSACTIONS * AMOUNT_VND), new Transfers(sink, before));
        assertEquals(new Pain001Totals(TRANSACTIONS, TRANSACTIONS * AMOUNT_VND), totals);
        assertTrue(sink.bytes > 400L * TRANSACTIONS, "bytes written: " + sink.bytes);
        assertTrue(sink.peakGrowth < HEAP_GROWTH_BYTES_MAX, "heap grew by " + sink.peakGrowth);
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Generates transfers lazily, as a database cursor would, and samples the heap every 250,000. */
    private static final class Transfers implements Iterator<CreditTransfer> {
        private final CountingSink sink;
        private final long baseline;
        private final CreditTransfer template = CreditTransfer.of(EndToEndId.forRunLine(1, 0), AMOUNT_VND,
                BankIdentity.ofBin("970436"), "Trần Văn Dũng", new AccountId("0071000123456"), "Tro cap");
        private int next;

        Transfers(CountingSink sink, long baseline) {
            this.sink = sink;
            this.baseline = baseline;
        }

        @Override
        public boolean hasNext() {
            return next < TRANSACTIONS;
        }

        @Override
        public CreditTransfer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next % 250_000 == 249_999) {
                sink.peakGrowth = Math.max(sink.peakGrowth, usedHeap() - baseline);
            }
            EndToEndId id = EndToEndId.forRunLine(1, next++);
            return new CreditTransfer(id, id.value(), AMOUNT_VND, template.creditorAgent(), template.creditorName(),
                    template.creditorAccount(), template.description());
        }
    }

    /** Discards bytes and counts them. */
    private static final class CountingSink extends OutputStream {
        long bytes;
        long peakGrowth;

        @Override
        public void write(int value) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
