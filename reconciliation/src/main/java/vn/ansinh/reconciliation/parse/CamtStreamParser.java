package vn.ansinh.reconciliation.parse;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * Streams camt.052/053/054 with StAX: only one entry at a time is held in memory, entries reach the sink while
 * the rest of the file is unread. Any DOCTYPE is refused before it can declare an entity.
 */
final class CamtStreamParser {
    private final ParseLimits limits;

    CamtStreamParser(ParseLimits limits) {
        this.limits = limits;
    }

    /** Returns the summaries in file order; throws with a position when the document is refused. */
    ParsedCamt parse(InputStream input, EntrySink sink) throws XMLStreamException, StatementParseException {
        XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(input);
        try {
            CamtMessageKind kind = readRoot(reader);
            CamtDocumentState state = new CamtDocumentState(kind, limits, sink);
            List<StatementSummary> summaries = new ArrayList<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refuseDoctype(reader);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    state.startElement(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    state.endElement(reader).ifPresent(summaries::add);
                }
                if (summaries.size() > limits.statementsMax()) {
                    throw new StatementParseException(Positions.of(reader), "more than statementsMax="
                            + limits.statementsMax() + " statements");
                }
            }
            return new ParsedCamt(kind, summaries);
        } finally {
            reader.close();
        }
    }

    /** Skips the prolog (refusing a DOCTYPE), checks Document, and identifies the message under it. */
    private CamtMessageKind readRoot(XMLStreamReader reader) throws XMLStreamException, StatementParseException {
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw refuseDoctype(reader);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (depth == 1 && !"Document".equals(reader.getLocalName())) {
                throw new StatementParseException(Positions.of(reader), "root element is <" + reader.getLocalName()
                        + ">, not an ISO 20022 <Document>");
            }
            if (depth == 2) {
                String message = reader.getLocalName();
                return CamtMessageKind.of(message).orElseThrow(() -> new NotAStatementException(Positions.of(reader),
                        NotAStatementException.describe(message, reader.getNamespaceURI())));
            }
        }
        throw new StatementParseException("end of file", "document ends before its message element");
    }

    private static StatementParseException refuseDoctype(XMLStreamReader reader) {
        return new HostileInputException(Positions.of(reader),
                "DOCTYPE declarations are refused (protection against XXE and entity expansion)");
    }

    /** The message kind and each statement's summary, in file order. */
    record ParsedCamt(CamtMessageKind kind, List<StatementSummary> statements) {
        ParsedCamt {
            statements = List.copyOf(statements);
        }
    }
}
