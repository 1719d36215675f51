package vn.ansinh.rails.pain001;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankIdentity;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaVerdict;
import vn.ansinh.rails.xml.ValidationWhileWriting;

/** A file validated on a second thread while it is written gets the same verdict as one validated afterwards. */
@Timeout(60)
class ValidationWhileWritingTest {

    @Test
    void aLargeFileWrittenThroughTheSinkIsValid() {
        // 20,000 transactions is about 8 MiB: many times the 4 MiB the validator may fall behind by.
        List<CreditTransfer> transfers = new ArrayList<>();
        for (long line = 1; line <= 20_000; line++) {
            transfers.add(CreditTransfer.of(EndToEndId.forRunLine(7, line), 500_000 + line, BankIdentity.ofBin("970436"),
                    "Trần Văn Bình", new AccountId("0071000" + (100_000 + line)), "Trợ cấp tháng 11"));
        }
        long sum = transfers.stream().mapToLong(CreditTransfer::amountVnd).sum();
        try (var validation = ValidationWhileWriting.start(IsoSchema.PAIN_001_001_10, "validate-test")) {
            Pain001Writer.writeAll(validation.sink(), Pain001Samples.header(transfers.size(), sum), transfers.iterator());
            assertInstanceOf(SchemaVerdict.Valid.class, validation.verdict());
        }
    }

    @Test
    void anEarlyDefectIsFoundAndTheWriterIsNeverHeldUp() throws IOException {
        try (var validation = ValidationWhileWriting.start(IsoSchema.PAIN_001_001_10, "validate-test")) {
            OutputStream sink = validation.sink();
            sink.write(("<?xml version=\"1.0\"?><Document xmlns=\"" + IsoSchema.PAIN_001_001_10.namespace()
                    + "\"><Unexpected>").getBytes(StandardCharsets.UTF_8));
            byte[] filler = "<Unexpected>x</Unexpected>".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                sink.write(filler);
            }
            sink.write("</Unexpected></Document>".getBytes(StandardCharsets.UTF_8));
            var verdict = assertInstanceOf(SchemaVerdict.Invalid.class, validation.verdict());
            assertTrue(verdict.problems().getFirst().contains("Unexpected"), verdict.problems().toString());
        }
    }

    @Test
    void anAbandonedFileIsInvalid() throws IOException {
        try (var validation = ValidationWhileWriting.start(IsoSchema.PAIN_001_001_10, "validate-test")) {
            validation.sink().write(("<?xml version=\"1.0\"?><Document xmlns=\""
                    + IsoSchema.PAIN_001_001_10.namespace() + "\"><CstmrCdtTrfInitn>").getBytes(StandardCharsets.UTF_8));
            assertInstanceOf(SchemaVerdict.Invalid.class, validation.verdict());
        }
    }
}
