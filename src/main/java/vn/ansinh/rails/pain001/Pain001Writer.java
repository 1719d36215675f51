package vn.ansinh.rails.pain001;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.ansinh.rails.money.Money;
import vn.ansinh.rails.party.BankIdentity;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.RailMessageException;

/**
 * Writes one pain.001.001.10 file for one paying bank: a group header, one payment information block, then one
 * CdtTrfTxInf per {@link #write} call, straight to the stream. Memory is the XML writer's buffer plus the set of
 * end-to-end ids written (8–16 bytes per id), so a million transactions fit.
 *
 * <p>Both sides of the boundary are checked: the header declares NbOfTxs and CtrlSum from the database; a write
 * that would exceed either fails at once, a repeated end-to-end id fails at once, and {@link #close} fails unless
 * the file holds exactly what was declared. A failed file is left unterminated so no bank can accept it. The
 * caller's stream is flushed, never closed: the caller owns it and decides whether to keep or delete the file.
 */
public final class Pain001Writer implements AutoCloseable {

    private static final XMLOutputFactory OUTPUT_FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final String NAMESPACE = IsoSchema.PAIN_001_001_10.namespace();
    private static final int TEXT_BUFFER_CHARS = 1 << 16;

    private final XMLStreamWriter xml;
    private final Pain001Header header;
    private final EndToEndIdSet written;
    private long transactionsWritten;
    private long sumWrittenVnd;
    private boolean failed;
    private boolean closed;

    private Pain001Writer(XMLStreamWriter xml, Pain001Header header) {
        this.xml = xml;
        this.header = header;
        this.written = new EndToEndIdSet(header.numberOfTransactions());
    }

    /** Starts the file: XML declaration, group header and payment information up to the first transaction. */
    public static Pain001Writer open(OutputStream output, Pain001Header header) {
        try {
            // The JDK's writer hands an OutputStream one byte at a time; a buffered Writer lets it encode in bulk.
            var text = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), TEXT_BUFFER_CHARS);
            Pain001Writer writer = new Pain001Writer(OUTPUT_FACTORY.createXMLStreamWriter(text), header);
            writer.writeOpening();
            return writer;
        } catch (XMLStreamException failure) {
            throw new RailMessageException("cannot start the pain.001 file: " + failure.getMessage(), failure);
        }
    }

    /** Writes every transfer and closes the document; the iterator is read once, one transfer at a time. */
    public static Pain001Totals writeAll(OutputStream output, Pain001Header header, Iterator<CreditTransfer> transfers) {
        try (Pain001Writer writer = open(output, header)) {
            while (transfers.hasNext()) {
                writer.write(transfers.next());
            }
            return writer.totals();
        }
    }

    public void write(CreditTransfer transfer) {
        requireOpen();
        if (transactionsWritten == header.numberOfTransactions()) {
            throw fail("more transactions than the " + header.numberOfTransactions() + " declared");
        }
        long sum = Math.addExact(sumWrittenVnd, transfer.amountVnd());
        if (sum > header.controlSumVnd()) {
            throw fail("transactions sum past the declared control sum " + header.controlSumVnd());
        }
        if (!written.add(transfer.endToEndId())) {
            throw fail("end-to-end id " + transfer.endToEndId() + " written twice");
        }
        transactionsWritten++;
        sumWrittenVnd = sum;
        try {
            writeTransaction(transfer);
        } catch (XMLStreamException failure) {
            failed = true;
            throw new RailMessageException("cannot write transaction " + transfer.endToEndId(), failure);
        }
    }

    /** What has been written so far. */
    public Pain001Totals totals() {
        return new Pain001Totals(transactionsWritten, sumWrittenVnd);
    }

    /** Checks the declared totals, then ends the document; throws {@link Pain001MismatchException} on disagreement. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (failed) {
            throw new Pain001MismatchException("the file failed earlier and is left unterminated");
        }
        if (transactionsWritten != header.numberOfTransactions() || sumWrittenVnd != header.controlSumVnd()) {
            throw new Pain001MismatchException("declared " + header.numberOfTransactions() + " transactions summing "
                    + header.controlSumVnd() + " VND, wrote " + transactionsWritten + " summing " + sumWrittenVnd
                    + "; the file is left unterminated");
        }
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException failure) {
            throw new RailMessageException("cannot finish the pain.001 file", failure);
        }
    }

    private void requireOpen() {
        if (closed || failed) {
            throw new IllegalStateException("the pain.001 writer is " + (closed ? "closed" : "failed"));
        }
    }

    private Pain001MismatchException fail(String why) {
        failed = true;
        return new Pain001MismatchException(why);
    }

    private void writeOpening() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "CstmrCdtTrfInitn");
        writeGroupHeader();
        writePaymentInformationOpening();
    }

    private void writeGroupHeader() throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        leaf("MsgId", header.messageId());
        leaf("CreDtTm", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(header.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        leaf("NbOfTxs", Long.toString(header.numberOfTransactions()));
        leaf("CtrlSum", Money.vnd(header.controlSumVnd()).isoText());
        xml.writeStartElement("InitgPty");
        leaf("Nm", header.initiatingPartyName());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void writePaymentInformationOpening() throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        leaf("PmtInfId", header.paymentInformationId());
        leaf("PmtMtd", "TRF");
        leaf("BtchBookg", "true");
        leaf("NbOfTxs", Long.toString(header.numberOfTransactions()));
        leaf("CtrlSum", Money.vnd(header.controlSumVnd()).isoText());
        xml.writeStartElement("ReqdExctnDt");
        leaf("Dt", DateTimeFormatter.ISO_LOCAL_DATE.format(header.requestedExecutionDate()));
        xml.writeEndElement();
        xml.writeStartElement("Dbtr");
        leaf("Nm", header.debtorName());
        xml.writeEndElement();
        account("DbtrAcct", header.debtorAccount().value());
        agent("DbtrAgt", header.debtorAgent());
    }

    private void writeTransaction(CreditTransfer transfer) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        leaf("InstrId", transfer.instructionId());
        leaf("EndToEndId", transfer.endToEndId().value());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", Money.VND.getCurrencyCode());
        xml.writeCharacters(Money.vnd(transfer.amountVnd()).isoText());
        xml.writeEndElement();
        xml.writeEndElement();
        agent("CdtrAgt", transfer.creditorAgent());
        xml.writeStartElement("Cdtr");
        leaf("Nm", transfer.creditorName());
        xml.writeEndElement();
        account("CdtrAcct", transfer.creditorAccount().value());
        xml.writeStartElement("RmtInf");
        leaf("Ustrd", transfer.remittanceText());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void agent(String element, BankIdentity bank) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        if (bank.bic().isPresent()) {
            leaf("BICFI", bank.bic().get().value());
        }
        xml.writeStartElement("ClrSysMmbId");
        leaf("MmbId", bank.bin().digits());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void account(String element, String id) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        xml.writeStartElement("Othr");
        leaf("Id", id);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void leaf(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
