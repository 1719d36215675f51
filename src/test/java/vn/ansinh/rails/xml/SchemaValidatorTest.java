package vn.ansinh.rails.xml;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static SchemaVerdict validate(IsoSchema schema, String xml) {
        return SchemaValidator.validate(schema, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDoctypeIsRefusedByTheValidatorToo() {
        // Proves that validation never expands entities: a DOCTYPE makes the verdict Invalid, naming the DOCTYPE.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.11\">&x;</Document>";
        SchemaVerdict.Invalid invalid = assertInstanceOf(SchemaVerdict.Invalid.class,
                validate(IsoSchema.PAIN_002_001_11, xxe));
        assertTrue(invalid.problems().getFirst().contains("DOCTYPE"), invalid.problems()::toString);
    }

    @Test
    void aStructurallyWrongFileIsInvalidWithALocatedProblem() {
        // Proves that a schema violation is reported with its line and column rather than thrown.
        String empty = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.11\"><CstmrPmtStsRpt/></Document>";
        SchemaVerdict.Invalid invalid = assertInstanceOf(SchemaVerdict.Invalid.class,
                validate(IsoSchema.PAIN_002_001_11, empty));
        assertTrue(invalid.problems().getFirst().startsWith("line 1"), invalid.problems()::toString);
    }

    @Test
    void everyShippedSchemaCompiles() {
        // Proves that all four XSDs are on the classpath and compile under secure processing.
        for (IsoSchema schema : IsoSchema.values()) {
            assertInstanceOf(SchemaVerdict.Invalid.class, validate(schema, "<Document xmlns=\"" + schema.namespace()
                    + "\"/>"));
        }
    }
}
