package vn.ansinh.rails.pain001;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;

class Pain001WriterPropertyTest {

    @Test
    void writtenPaymentSetsReadBackWithTheSameCountSumAndIds() {
        // Proves the round trip: what is read back from a written file has the caller's count, sum, ids and amounts.
        qt().withExamples(200).forAll(Pain001Samples.paymentSets()).checkAssert(transfers -> {
            Pain001ReadBack back = readBack(Pain001Samples.write(transfers));
            long sum = transfers.stream().mapToLong(CreditTransfer::amountVnd).sum();
            assertEquals(transfers.size(), back.declaredCount());
            assertEquals(sum, back.declaredSum());
            assertEquals(transfers.size(), back.endToEndIds().size());
            assertEquals(sum, back.amounts().stream().mapToLong(Long::longValue).sum());
            assertEquals(transfers.stream().map(t -> t.endToEndId().value()).toList(), back.endToEndIds());
        });
    }

    @Test
    void namesArriveAsAsciiAndEveryDescriptionStartsWithItsId() {
        // Proves that Vietnamese names reach the file without diacritics and each Ustrd begins with the end-to-end id.
        qt().withExamples(100).forAll(Pain001Samples.paymentSets()).checkAssert(transfers -> {
            Pain001ReadBack back = readBack(Pain001Samples.write(transfers));
            back.creditorNames().forEach(name -> assertTrue(name.matches("[A-Z0-9 ]+"), name));
            for (int index = 0; index < transfers.size(); index++) {
                assertTrue(back.remittances().get(index).startsWith(back.endToEndIds().get(index) + " "));
            }
        });
    }

    @Test
    void everyWrittenFileValidatesAgainstTheXsd() {
        // Proves that generated files, with and without BICs, satisfy pain.001.001.10.xsd.
        qt().withExamples(50).forAll(Pain001Samples.paymentSets()).checkAssert(transfers -> {
            byte[] file = Pain001Samples.write(transfers);
            SchemaVerdict verdict = SchemaValidator.validate(IsoSchema.PAIN_001_001_10, new ByteArrayInputStream(file));
            assertInstanceOf(SchemaVerdict.Valid.class, verdict, verdict::toString);
        });
    }

    private static Pain001ReadBack readBack(byte[] file) {
        try {
            return Pain001ReadBack.of(file);
        } catch (javax.xml.stream.XMLStreamException failure) {
            throw new AssertionError("written file does not read back", failure);
        }
    }

}
