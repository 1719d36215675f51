package vn.ansinh.rails.pain002;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.XmlLimits;

class Pain002HostileInputTest {

    private static final String OPEN = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.11\"><CstmrPmtStsRpt>";
    private static final String CLOSE = "</CstmrPmtStsRpt></Document>";

    private static InputStream text(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String xml, XmlLimits limits) {
        return assertThrows(RailMessageException.class, () -> Pain002Reader.read(text(xml), limits, item -> { }))
                .getMessage();
    }

    @Test
    void anExternalEntityIsRefusedWithAClearMessage() {
        // Proves that an XXE attempt stops at the DOCTYPE and says so, before any file is read.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + OPEN + "<GrpHdr><MsgId>&x;</MsgId></GrpHdr>" + CLOSE;
        assertTrue(refusal(xxe, XmlLimits.DEFAULT).contains("DOCTYPE"));
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        // Proves that the billion-laughs pattern is refused at its DOCTYPE rather than expanded.
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + OPEN + "<GrpHdr><MsgId>&b;</MsgId></GrpHdr>" + CLOSE;
        assertTrue(refusal(bomb, XmlLimits.DEFAULT).contains("DOCTYPE"));
    }

    @Test
    void sizeDepthTextAndCountLimitsAreEnforced() {
        // Proves each named limit: bytes, nesting depth, text length and number of transaction statuses.
        String twoTransactions = OPEN + "<OrgnlPmtInfAndSts><OrgnlPmtInfId>P</OrgnlPmtInfId>"
                + "<TxInfAndSts><TxSts>ACSC</TxSts></TxInfAndSts><TxInfAndSts><TxSts>ACSC</TxSts></TxInfAndSts>"
                + "</OrgnlPmtInfAndSts>" + CLOSE;
        assertTrue(refusal(twoTransactions, new XmlLimits(100, 40, 4096, 10, 5)).contains("bytes"));
        assertTrue(refusal(twoTransactions, new XmlLimits(10_000, 3, 4096, 10, 5)).contains("deeper"));
        assertTrue(refusal(twoTransactions, new XmlLimits(10_000, 40, 4096, 1, 5)).contains("transaction statuses"));
        String longText = OPEN + "<GrpHdr><MsgId>" + "M".repeat(5_000) + "</MsgId></GrpHdr>" + CLOSE;
        assertTrue(refusal(longText, XmlLimits.DEFAULT).contains("longer than"));
    }

    @Test
    void tooManyReasonsInOneItemAreRefused() {
        // Proves that one transaction cannot carry more reason blocks than the limit.
        String reasons = "<StsRsnInf><Rsn><Cd>NARR</Cd></Rsn></StsRsnInf>".repeat(3);
        String xml = OPEN + "<OrgnlPmtInfAndSts><OrgnlPmtInfId>P</OrgnlPmtInfId><TxInfAndSts><TxSts>RJCT</TxSts>"
                + reasons + "</TxInfAndSts></OrgnlPmtInfAndSts>" + CLOSE;
        assertTrue(refusal(xml, new XmlLimits(10_000, 40, 4096, 10, 2)).contains("reason blocks"));
    }

    @Test
    void otherMessagesAndBrokenXmlAreRefused() {
        // Proves that a pain.001 offered as a pain.002, and a truncated file, are refused with a reason.
        String pain001 = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.10\"><CstmrCdtTrfInitn/></Document>";
        assertTrue(refusal(pain001, XmlLimits.DEFAULT).contains("not a pain.002"));
        assertTrue(refusal(OPEN + "<GrpHdr>", XmlLimits.DEFAULT).contains("not well-formed"));
        assertEquals(0, Pain002Reader.read(text(OPEN + CLOSE), item -> { }).transactionStatuses());
    }
}
