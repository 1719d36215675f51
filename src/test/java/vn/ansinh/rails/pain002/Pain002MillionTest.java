package vn.ansinh.rails.pain002;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;

class Pain002MillionTest {

    private static final int STATUSES = 1_000_000;

    @Test
    void aMillionStatusesStreamToTheConsumer() {
        // Proves that 1,000,000 transaction statuses, generated on the fly and never held whole, all reach the consumer.
        AtomicLong rejected = new AtomicLong();
        Pain002Summary summary = Pain002Reader.read(generated(), item -> {
            if (item instanceof StatusReportItem.TransactionStatus status && status.status().orElseThrow().equals("RJCT")) {
                rejected.incrementAndGet();
            }
        });
        assertEquals(STATUSES, summary.transactionStatuses());
        assertEquals(STATUSES / 10, rejected.get());
    }

    /** A pain.002 produced piece by piece: header, a million TxInfAndSts, footer. */
    private static InputStream generated() {
        String header = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.11\"><CstmrPmtStsRpt>"
                + "<GrpHdr><MsgId>M</MsgId><CreDtTm>2026-05-05T10:00:00</CreDtTm></GrpHdr>"
                + "<OrgnlGrpInfAndSts><OrgnlMsgId>O</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.10</OrgnlMsgNmId>"
                + "</OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>P</OrgnlPmtInfId>";
        String footer = "</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>";
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= STATUSES;
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                String part = index < 0 ? header : index == STATUSES ? footer
                        : "<TxInfAndSts><OrgnlEndToEndId>" + EndToEndId.forSequence(index) + "</OrgnlEndToEndId><TxSts>"
                                + (index % 10 == 0 ? "RJCT</TxSts><StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf>"
                                        : "ACSC</TxSts>") + "</TxInfAndSts>";
                return new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }
}
