package vn.ansinh.reconciliation.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the element the reader stands on, with all its descendants, into an {@link XmlNode}, within limits. */
final class SubtreeReader {
    private SubtreeReader() {
    }

    /** Precondition: the reader is on a START_ELEMENT. Postcondition: it is on the matching END_ELEMENT. */
    static XmlNode read(XMLStreamReader reader, ParseLimits limits) throws XMLStreamException, StatementParseException {
        Deque<Building> stack = new ArrayDeque<>();
        stack.push(Building.start(reader));
        int nodes = 1;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    nodes++;
                    if (nodes > limits.nodesPerEntryMax()) {
                        throw new StatementParseException(Positions.of(reader),
                                "element has more than nodesPerEntryMax=" + limits.nodesPerEntryMax() + " descendants");
                    }
                    stack.push(Building.start(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> stack.peek().append(reader, limits);
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new StatementParseException(Positions.of(reader),
                        "entity reference &" + reader.getLocalName() + "; refused (no entities are allowed)");
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode done = stack.pop().finish();
                    if (stack.isEmpty()) {
                        return done;
                    }
                    stack.peek().add(done);
                }
                default -> {
                    // Comments, whitespace and processing instructions carry no statement data.
                }
            }
        }
    }

    /**
     * One element being read. The list of children and the text buffer are made only when needed: most elements of
     * a camt entry have either children or one run of text, and a million entries make some twenty million of them.
     */
    private static final class Building {
        private final String name;
        private final Map<String, String> attributes;
        private String text = "";
        private StringBuilder moreText;
        private List<XmlNode> children;

        private Building(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        static Building start(XMLStreamReader reader) {
            int count = reader.getAttributeCount();
            Map<String, String> attributes = switch (count) {
                case 0 -> Map.of();
                case 1 -> Map.of(reader.getAttributeLocalName(0), reader.getAttributeValue(0));
                default -> {
                    Map<String, String> several = new HashMap<>();
                    for (int i = 0; i < count; i++) {
                        several.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    yield several;
                }
            };
            return new Building(reader.getLocalName(), attributes);
        }

        void append(XMLStreamReader reader, ParseLimits limits) throws StatementParseException {
            int length = moreText == null ? text.length() : moreText.length();
            if (length + reader.getTextLength() > limits.textCharsMax()) {
                throw new StatementParseException(Positions.of(reader),
                        "text of <" + name + "> longer than textCharsMax=" + limits.textCharsMax());
            }
            if (moreText == null && text.isEmpty()) {
                text = new String(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                return;
            }
            if (moreText == null) {
                moreText = new StringBuilder(text);
            }
            moreText.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }

        void add(XmlNode child) {
            if (children == null) {
                children = new ArrayList<>(4);
            }
            children.add(child);
        }

        XmlNode finish() {
            return new XmlNode(name, attributes, moreText == null ? text : moreText.toString(),
                    children == null ? List.of() : children);
        }
    }
}
