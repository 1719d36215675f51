package vn.ansinh.rails.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.lifecycle.Decisions;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.pain002.Pain002Reader;
import vn.ansinh.rails.pain002.StatusReportItem;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.state.PaymentState;
import vn.ansinh.rails.xml.RailMessageException;

/** A pain.002 streamed through the reading the dispatcher uses: group rejections, batches, foreign reports. */
class StatusReportReadingTest {

    static final BankFile FILE = new BankFile(1, 7, 3, "970415", "ANSINH-R7-970415", 3, 3_000_000,
            BankFile.Status.SENT, Optional.of("F970415-00000001"), OffsetDateTime.parse("2026-11-22T10:00:00+07:00"),
            "FUND1", "SO LAO DONG", "P-1", "2026-11", Optional.empty());

    @Test
    void groupRejectionRejectsEveryWaitingPaymentWithTheGroupReason() {
        // Proves that a file refused at group level (AM18) is remembered with its reason, and that applying it
        // rejects a waiting payment with that reason.
        StatusReportReading reading = read(report("RJCT", "<StsRsnInf><Rsn><Cd>AM18</Cd></Rsn></StsRsnInf>", ""),
                100);

        assertEquals(Optional.of(ReasonCode.of("AM18")), reading.rejection());
        Decisions decisions = new Decisions(1);
        ReportSteps.fileRejected(decisions, sent(1), reading.rejection().get(), FILE.statusSource());
        assertEquals(new PaymentState.Rejected(ReasonCode.of("AM18")), decisions.changes().getFirst().to());
    }

    @Test
    void transactionStatusesArriveInBatchesOfTheLimit() {
        // Proves that statuses are handed on in batches no larger than the limit, and none is lost.
        List<Integer> sizes = new ArrayList<>();
        StatusReportReading reading = new StatusReportReading(FILE, 2, batch -> sizes.add(batch.size()));
        Pain002Reader.read(stream(report("PART", "", transactions("ACSC", "RJCT", "ACSC"))), reading);
        reading.flush();

        assertEquals(List.of(2, 1), sizes);
        assertEquals(Optional.empty(), reading.rejection());
    }

    @Test
    void aReportAboutAnotherMessageIsRefused() {
        // Proves that a status report naming another message id is refused before any status is applied.
        String foreign = report("ACCP", "", transactions("ACSC")).replace(FILE.messageId(), "ANSINH-R8-970415");
        List<StatusReportItem.TransactionStatus> applied = new ArrayList<>();

        assertThrows(RailMessageException.class, () -> Pain002Reader.read(stream(foreign),
                new StatusReportReading(FILE, 10, applied::addAll)));
        assertEquals(List.of(), applied);
    }

    private static StatusReportReading read(String xml, int batchSizeMax) {
        StatusReportReading reading = new StatusReportReading(FILE, batchSizeMax, batch -> { });
        Pain002Reader.read(stream(xml), reading);
        reading.flush();
        return reading;
    }

    private static PaymentSnapshot sent(long id) {
        return new PaymentSnapshot(id, "ASRTEST" + id, Optional.of(7L), "P-1", "2026-11", "970415", "FUND1", "970436", "0001",
                "NGUYEN VAN A", 1_000_000, PaymentSnapshot.Rail.FILE, PaymentState.SENT);
    }

    private static String transactions(String... statuses) {
        StringBuilder xml = new StringBuilder("<OrgnlPmtInfAndSts><OrgnlPmtInfId>ANSINH-R7-970415-P1</OrgnlPmtInfId>");
        for (int line = 0; line < statuses.length; line++) {
            xml.append("<TxInfAndSts><OrgnlEndToEndId>ASRTEST").append(line + 1).append("</OrgnlEndToEndId><TxSts>")
                    .append(statuses[line]).append("</TxSts></TxInfAndSts>");
        }
        return xml.append("</OrgnlPmtInfAndSts>").toString();
    }

    private static String report(String groupStatus, String groupReason, String batches) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.11"><CstmrPmtStsRpt>
                <GrpHdr><MsgId>STS-F970415-00000001</MsgId><CreDtTm>2026-11-22T10:00:00+07:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>%s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.10</OrgnlMsgNmId>
                <GrpSts>%s</GrpSts>%s</OrgnlGrpInfAndSts>%s</CstmrPmtStsRpt></Document>"""
                .formatted(FILE.messageId(), groupStatus, groupReason, batches);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
