package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.parse.EntrySink;
import vn.ansinh.reconciliation.parse.ParseLimits;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

class HostileAndStreamingTest {
    private static ParseOutcome parse(String xml, ParseOptions options) {
        return new StatementParser(options).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t",
                EntrySink.discarding());
    }

    @Test
    void externalEntityIsRefused() {
        // Proves an XXE attempt is refused as hostile before any entity is resolved.
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>";
        ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class, parse(xml, ParseOptions.defaults()));
        assertEquals(ParseOutcome.RefusalKind.HOSTILE_OR_OVERSIZED, refused.kind(), refused.describe());
    }

    @Test
    void billionLaughsIsRefused() {
        // Proves nested entity expansion is refused rather than expanded.
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<Document><BkToCstmrStmt>&b;</BkToCstmrStmt></Document>";
        ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class, parse(xml, ParseOptions.defaults()));
        assertEquals(ParseOutcome.RefusalKind.HOSTILE_OR_OVERSIZED, refused.kind(), refused.describe());
    }

    @Test
    void oversizedInputIsRefusedWithTheLimitName() {
        // Proves the byte limit is checked while streaming and named in the refusal.
        ParseLimits small = new ParseLimits(1_000, 1_000, 10, 10, 100, 100, 10);
        String xml = new CamtGenerator(100).asString();
        ParseOutcome.Refused refused = assertInstanceOf(ParseOutcome.Refused.class,
                parse(xml, ParseOptions.defaults().withLimits(small)));
        assertTrue(refused.reason().contains("bytesMax"), refused.describe());
    }

    @Test
    void twoHundredThousandEntriesStreamBeforeTheFileEnds() {
        // Proves entries reach the consumer while most of a generated 200,000-entry camt.053 is still unread.
        int entries = 200_000;
        CamtGenerator generator = new CamtGenerator(entries);
        AtomicLong entriesIndexWhenFirstSeen = new AtomicLong(-1);
        AtomicLong seen = new AtomicLong();
        EntrySink sink = new EntrySink() {
            @Override
            public void entry(StatementHeader header, Entry entry) {
                if (seen.getAndIncrement() == 0) {
                    entriesIndexWhenFirstSeen.set(generator.entriesProduced());
                }
            }

            @Override
            public void statementEnded(StatementSummary summary) {
            }
        };
        ParseOutcome outcome = new StatementParser(ParseOptions.defaults()).parse(generator, "generated", sink);
        ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome, outcome.toString());
        assertEquals(entries, seen.get());
        assertEquals(entries, parsed.statements().getFirst().entryCount());
        assertTrue(entriesIndexWhenFirstSeen.get() < 1_000, "generated before first entry: " + entriesIndexWhenFirstSeen);
        assertEquals(entries * 1_000L, parsed.statements().getFirst().debitTotalMinor());
    }

    /** Produces a camt.053 with N debit entries of 1,000 VND on demand, never holding the document. */
    static final class CamtGenerator extends InputStream {
        private final int entries;
        private int produced;
        private byte[] chunk = ("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>GEN</MsgId></GrpHdr><Stmt><Id>S1</Id><ElctrncSeqNb>1</ElctrncSeqNb>"
                + "<Acct><Id><Othr><Id>0011001234567</Id></Othr></Id><Ccy>VND</Ccy></Acct>").getBytes(StandardCharsets.UTF_8);
        private int position;
        private boolean finished;

        CamtGenerator(int entries) {
            this.entries = entries;
        }

        long entriesProduced() {
            return produced;
        }

        String asString() {
            try {
                return new String(readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public int read() {
            if (position == chunk.length && !next()) {
                return -1;
            }
            return chunk[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length && !next()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean next() {
            if (finished) {
                return false;
            }
            String text;
            if (produced < entries) {
                text = "<Ntry><Amt Ccy=\"VND\">1000</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
                        + "<BookgDt><Dt>2025-01-02</Dt></BookgDt><NtryDtls><TxDtls><Refs><EndToEndId>E" + produced
                        + "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>";
                produced++;
            } else {
                text = "</Stmt></BkToCstmrStmt></Document>";
                finished = true;
            }
            chunk = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }
}
