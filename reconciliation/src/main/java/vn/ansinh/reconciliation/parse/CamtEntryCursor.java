package vn.ansinh.reconciliation.parse;

import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one camt Ntry straight off the StAX cursor: the path of element names is kept in a small array and each
 * leaf's text is handed to {@link CamtEntryFields} only when the model needs it. No tree is built: a million
 * entries would otherwise make some twenty million short-lived nodes, maps and strings.
 */
final class CamtEntryCursor {
    /** Element names kept per entry level; deeper elements are still counted and bounded, never recognised. */
    private static final int PATH_DEPTH_MAX = 16;

    private final ParseLimits limits;
    private final String[] path = new String[PATH_DEPTH_MAX];
    private final StringBuilder text = new StringBuilder(64);

    CamtEntryCursor(ParseLimits limits) {
        this.limits = limits;
    }

    /** Precondition: the reader is on the Ntry START_ELEMENT. Postcondition: it is on the matching END_ELEMENT. */
    CamtEntryFields read(XMLStreamReader reader) throws XMLStreamException, StatementParseException {
        CamtEntryFields fields = new CamtEntryFields();
        int depth = 0;
        int nodes = 1;
        boolean leaf = false;
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    nodes++;
                    if (nodes > limits.nodesPerEntryMax()) {
                        throw new StatementParseException(Positions.of(reader),
                                "element has more than nodesPerEntryMax=" + limits.nodesPerEntryMax() + " descendants");
                    }
                    depth++;
                    leaf = true;
                    text.setLength(0);
                    if (depth < PATH_DEPTH_MAX) {
                        path[depth] = reader.getLocalName();
                        fields.start(path, depth, currencyAttribute(reader, path[depth]));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (leaf) {
                        append(reader, depth);
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new StatementParseException(Positions.of(reader),
                        "entity reference &" + reader.getLocalName() + "; refused (no entities are allowed)");
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return fields;
                    }
                    if (leaf && depth < PATH_DEPTH_MAX) {
                        fields.leaf(path, depth, text);
                    }
                    leaf = false;
                    depth--;
                }
                default -> {
                    // Comments, whitespace and processing instructions carry no statement data.
                }
            }
        }
    }

    private void append(XMLStreamReader reader, int depth) throws StatementParseException {
        if (text.length() + reader.getTextLength() > limits.textCharsMax()) {
            String name = depth > 0 && depth < PATH_DEPTH_MAX ? path[depth] : "Ntry";
            throw new StatementParseException(Positions.of(reader),
                    "text of <" + name + "> longer than textCharsMax=" + limits.textCharsMax());
        }
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    /** Only amount elements carry an attribute the model reads; no other attribute is looked up. */
    private static Optional<String> currencyAttribute(XMLStreamReader reader, String name) {
        if (!name.equals("Amt") && !name.equals("TtlAmt")) {
            return Optional.empty();
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals("Ccy")) {
                return Optional.of(reader.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }
}
