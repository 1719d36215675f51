package vn.ansinh.rails.pain002;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;

class Pain002ReaderTest {

    static InputStream resource(String name) {
        return Pain002ReaderTest.class.getResourceAsStream("/rails/" + name);
    }

    static List<StatusReportItem> readAll(String name) {
        List<StatusReportItem> items = new ArrayList<>();
        Pain002Reader.read(resource(name), items::add);
        return items;
    }

    @Test
    void theHandWrittenSampleIsValidPain002Version11() {
        // Proves that the sample the reader is tested on is itself a schema-valid pain.002.001.11.
        assertInstanceOf(SchemaVerdict.Valid.class,
                SchemaValidator.validate(IsoSchema.PAIN_002_001_11, resource("pain002-sample-v11.xml")));
    }

    @Test
    void aPartlyAcceptedBatchIsDeliveredInDocumentOrder() {
        // Proves group, batch and each transaction arrive in order with statuses, ids, codes and information lines.
        List<StatusReportItem> items = readAll("pain002-sample-v11.xml");
        assertEquals(5, items.size());
        var group = assertInstanceOf(StatusReportItem.GroupStatus.class, items.get(0));
        assertEquals("MSG-2026-05-0001", group.originalMessageId());
        assertEquals(Optional.of("PART"), group.status());
        var batch = assertInstanceOf(StatusReportItem.PaymentInformationStatus.class, items.get(1));
        assertEquals("PMT-0001", batch.originalPaymentInformationId());
        var settled = assertInstanceOf(StatusReportItem.TransactionStatus.class, items.get(2));
        assertEquals(Optional.of(EndToEndId.forRunLine(1, 1)), settled.endToEndId());
        assertEquals(Optional.of("ACSC"), settled.status());
        var rejected = assertInstanceOf(StatusReportItem.TransactionStatus.class, items.get(3));
        assertEquals(Optional.of("RJCT"), rejected.status());
        assertEquals(2, rejected.reasons().size());
        assertEquals(Optional.of(ReasonCode.of("AC04")), rejected.reasons().get(0).code());
        assertEquals(List.of("Tai khoan da dong", "Lien he nguoi thu huong"),
                rejected.reasons().get(0).additionalInformation());
        assertEquals(Optional.of(ReasonCode.of("BIDV-117")), rejected.reasons().get(1).proprietaryCode());
        var pending = assertInstanceOf(StatusReportItem.TransactionStatus.class, items.get(4));
        assertEquals(Optional.of("PDNG"), pending.status());
        assertEquals(List.of(), pending.reasons());
    }

    @Test
    void olderVersionsFromTheCorpusReadByLocalNames() {
        // Proves that Swiss pain.002.001.03 files (another namespace) yield their group, batch and transaction data.
        var groupRejected = assertInstanceOf(StatusReportItem.GroupStatus.class,
                readAll("pain002-epo_p_0_0_0_2018032614401842.xml").getFirst());
        assertEquals(Optional.of("RJCT"), groupRejected.status());
        assertEquals(Optional.of(ReasonCode.of("AM10")), groupRejected.reasons().getFirst().code());
        assertEquals(List.of("904114;ControlSum fehlerhaft"), groupRejected.reasons().getFirst().additionalInformation());

        List<StatusReportItem> batchRejected =
                readAll("pain002-epo_p_ch2909000000250094239_1109800799_0_2018032612092784.xml");
        assertEquals(3, batchRejected.size());
        var batch = assertInstanceOf(StatusReportItem.PaymentInformationStatus.class, batchRejected.get(1));
        assertEquals(Optional.of("RJCT"), batch.status());
        assertEquals(Optional.of(ReasonCode.of("NARR")), batch.reasons().getFirst().code());
        var transaction = assertInstanceOf(StatusReportItem.TransactionStatus.class, batchRejected.get(2));
        assertEquals(Optional.of("EndToEndId-006-01-01"), transaction.originalEndToEndId());
        assertEquals(Optional.empty(), transaction.endToEndId());
        assertEquals(Optional.of(ReasonCode.of("AC01")), transaction.reasons().getFirst().code());
    }

    @Test
    void everyCorpusFileReads() {
        // Proves that each pain.002 in the corpus reads to the end and reports its namespace.
        List<String> files = List.of(
                "pain002-chdd-cor1_p_ch2909000000250094239_1110097483_0_2018031317221082.xml",
                "pain002-epo_p_0_0_0_2018031510491259.xml",
                "pain002-epo_p_0_0_0_2018032614401842.xml",
                "pain002-epo_p_ch2909000000250094239_1109800799_0_2018032612092784.xml",
                "pain002-epo_p_ch5109000000250092291_1110097605_0_2018031511252307.xml");
        List<Long> transactions = new ArrayList<>();
        for (String file : files) {
            Pain002Summary summary = Pain002Reader.read(resource(file), item -> { });
            assertEquals("http://www.six-interbank-clearing.com/de/pain.002.001.03.ch.02.xsd", summary.namespace());
            transactions.add(summary.transactionStatuses());
        }
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L), transactions);
    }
}
