package vn.ansinh.rails.pacs004;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.money.Money;
import vn.ansinh.rails.reason.Actor;
import vn.ansinh.rails.reason.ReasonCode;
import vn.ansinh.rails.reason.ReasonCodes;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.SchemaValidator;
import vn.ansinh.rails.xml.SchemaVerdict;

class Pacs004ReaderTest {

    private static InputStream sample() {
        return Pacs004ReaderTest.class.getResourceAsStream("/rails/pacs004-sample-v10.xml");
    }

    private static InputStream text(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String withAmount(String amount) {
        return "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.004.001.10\"><PmtRtr><TxInf>"
                + "<OrgnlEndToEndId>X</OrgnlEndToEndId><RtrdIntrBkSttlmAmt Ccy=\"VND\">" + amount
                + "</RtrdIntrBkSttlmAmt></TxInf></PmtRtr></Document>";
    }

    @Test
    void theHandWrittenSampleIsValidPacs004Version10() {
        // Proves that the sample the reader is tested on is itself a schema-valid pacs.004.001.10.
        assertInstanceOf(SchemaVerdict.Valid.class, SchemaValidator.validate(IsoSchema.PACS_004_001_10, sample()));
    }

    @Test
    void returnsArriveWithIdAmountAndReason() {
        // Proves that each TxInf yields its original end-to-end id, returned amount in đồng, and reason with its actor.
        List<PaymentReturn> returns = new ArrayList<>();
        assertEquals(2, Pacs004Reader.read(sample(), returns::add));
        PaymentReturn first = returns.get(0);
        assertEquals(Optional.of(EndToEndId.forRunLine(1, 1)), first.endToEndId());
        assertEquals(Money.vnd(1_500_000), first.returnedAmount());
        assertEquals(Optional.of(ReasonCode.of("AC04")), first.reasons().getFirst().code());
        assertEquals(List.of("Account closed after credit"), first.reasons().getFirst().additionalInformation());
        PaymentReturn second = returns.get(1);
        assertEquals(Optional.of("EXTERNAL-REF-9"), second.originalEndToEndId());
        assertEquals(Money.vnd(750_000), second.returnedAmount());
        assertEquals(Actor.PROGRAM, second.reasons().getFirst().advice(ReasonCodes.standard()).actor());
    }

    @Test
    void fractionalDongAndMissingAmountsAreRefused() {
        // Proves that 1000.5 VND and a return without its returned amount are errors, while 1000.00 VND is 1000.
        assertThrows(RailMessageException.class, () -> Pacs004Reader.read(text(withAmount("1000.5")), r -> { }));
        List<PaymentReturn> returns = new ArrayList<>();
        Pacs004Reader.read(text(withAmount("1000.00")), returns::add);
        assertEquals(Money.vnd(1_000), returns.getFirst().returnedAmount());
        String noAmount = withAmount("1").replaceAll("<RtrdIntrBkSttlmAmt.*</RtrdIntrBkSttlmAmt>", "");
        String why = assertThrows(RailMessageException.class, () -> Pacs004Reader.read(text(noAmount), r -> { }))
                .getMessage();
        assertTrue(why.contains("RtrdIntrBkSttlmAmt"), why);
    }

    @Test
    void aDoctypeIsRefused() {
        // Proves that the return reader shares the hardened parser: a DOCTYPE ends the read with a clear message.
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + withAmount("1");
        String why = assertThrows(RailMessageException.class, () -> Pacs004Reader.read(text(xxe), r -> { }))
                .getMessage();
        assertTrue(why.contains("DOCTYPE"), why);
    }
}
