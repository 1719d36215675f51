package vn.ansinh.rails.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankIdentity;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;

class Pain001WriterTest {

    private static CreditTransfer transfer(long line, long amount) {
        return CreditTransfer.of(EndToEndId.forRunLine(1, line), amount, BankIdentity.ofBin("970436"),
                "Nguyễn Thị Đào", new AccountId("0071000123456"), "Trợ cấp tháng 5");
    }

    @Test
    void aSmallFileHasTheAgreedShapeAndValidates() {
        // Proves the wire details banks rely on: VND without decimals, BIN as member id, ASCII name, id in Ustrd.
        byte[] file = Pain001Samples.write(List.of(transfer(1, 1_500_000), transfer(2, 750_000)));
        String xml = new String(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<NbOfTxs>2</NbOfTxs><CtrlSum>2250000</CtrlSum>"), xml);
        assertTrue(xml.contains("<InstdAmt Ccy=\"VND\">1500000</InstdAmt>"), xml);
        assertTrue(xml.contains("<ClrSysMmbId><MmbId>970436</MmbId></ClrSysMmbId>"), xml);
        assertTrue(xml.contains("<Nm>NGUYEN THI DAO</Nm>"), xml);
        assertTrue(xml.contains("<Ustrd>" + EndToEndId.forRunLine(1, 1).value() + " TRO CAP THANG 5</Ustrd>"), xml);
        assertTrue(xml.contains("<BICFI>BIDVVNVX</BICFI><ClrSysMmbId><MmbId>970418</MmbId>"), xml);
        assertInstanceOf(SchemaVerdict.Valid.class,
                SchemaValidator.validate(IsoSchema.PAIN_001_001_10, new ByteArrayInputStream(file)));
    }

    @Test
    void fewerTransactionsThanDeclaredFailAtCloseAndLeaveTheFileUnusable() {
        // Proves the closing check: a short file throws at close and is not even well-formed XML afterwards.
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Pain001Writer writer = Pain001Writer.open(output, Pain001Samples.header(3, 3_000));
        writer.write(transfer(1, 1_000));
        writer.write(transfer(2, 1_000));
        assertThrows(Pain001MismatchException.class, writer::close);
        assertFalse(new String(output.toByteArray(), StandardCharsets.UTF_8).contains("</Document>"));
        SchemaVerdict verdict = SchemaValidator.validate(IsoSchema.PAIN_001_001_10,
                new ByteArrayInputStream(output.toByteArray()));
        assertInstanceOf(SchemaVerdict.Invalid.class, verdict);
    }

    @Test
    void aWrongSumFailsAtClose() {
        // Proves that the right count with the wrong sum is refused too.
        Pain001Writer writer = Pain001Writer.open(new ByteArrayOutputStream(), Pain001Samples.header(1, 2_000));
        writer.write(transfer(1, 1_000));
        assertThrows(Pain001MismatchException.class, writer::close);
    }

    @Test
    void exceedingTheDeclaredCountOrSumOrRepeatingAnIdFailsAtOnce() {
        // Proves the running checks: a write past NbOfTxs, past CtrlSum, or with a repeated id throws immediately.
        Pain001Writer byCount = Pain001Writer.open(new ByteArrayOutputStream(), Pain001Samples.header(1, 5_000));
        byCount.write(transfer(1, 1_000));
        assertThrows(Pain001MismatchException.class, () -> byCount.write(transfer(2, 1_000)));

        Pain001Writer bySum = Pain001Writer.open(new ByteArrayOutputStream(), Pain001Samples.header(2, 1_500));
        assertThrows(Pain001MismatchException.class, () -> bySum.write(transfer(1, 2_000)));

        Pain001Writer byId = Pain001Writer.open(new ByteArrayOutputStream(), Pain001Samples.header(2, 2_000));
        byId.write(transfer(1, 1_000));
        assertThrows(Pain001MismatchException.class, () -> byId.write(transfer(1, 1_000)));
        assertThrows(IllegalStateException.class, () -> byId.write(transfer(2, 1_000)));
    }

    @Test
    void fractionalOrOversizedInputsAreRefusedBeforeWriting() {
        // Proves that a zero amount or a name too long for Max140Text never reaches the writer.
        assertThrows(IllegalArgumentException.class, () -> transfer(1, 0));
        assertThrows(IllegalArgumentException.class, () -> CreditTransfer.of(EndToEndId.forRunLine(1, 1), 1,
                BankIdentity.ofBin("970436"), "A".repeat(141), new AccountId("1"), "x"));
        assertEquals("AccountId[007*******456]", new AccountId("0071000123456").toString());
    }
}
