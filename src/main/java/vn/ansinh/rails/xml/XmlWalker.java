package vn.ansinh.rails.xml;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an XML file once, in constant memory, handing elements to a visitor, and enforces {@link XmlLimits}: bytes,
 * depth and text per element. A DOCTYPE or entity reference ends the walk: ISO 20022 never needs one, so its
 * presence means a hostile or broken file.
 */
public final class XmlWalker {

    private final XmlLimits limits;

    public XmlWalker(XmlLimits limits) {
        this.limits = limits;
    }

    /** Walks the whole input and returns the root element's namespace URI (empty when none). */
    public String walk(InputStream input, ElementVisitor visitor) {
        XMLStreamReader reader = SecureXml.reader(new BoundedInputStream(input, limits.bytesMax()));
        try {
            return walk(reader, visitor);
        } catch (XMLStreamException failure) {
            throw new RailMessageException("not well-formed XML: " + failure.getMessage(), failure);
        } finally {
            closeQuietly(reader);
        }
    }

    private String walk(XMLStreamReader reader, ElementVisitor visitor) throws XMLStreamException {
        ElementPath path = new ElementPath();
        StringBuilder text = new StringBuilder();
        String rootNamespace = "";
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    path.push(reader.getLocalName());
                    if (path.depth() > limits.depthMax()) {
                        throw new RailMessageException("elements nested deeper than " + limits.depthMax());
                    }
                    if (path.depth() == 1) {
                        rootNamespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    }
                    text.setLength(0);
                    visitor.start(path, reader);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(text, reader, path);
                case XMLStreamConstants.END_ELEMENT -> {
                    visitor.end(path, text.toString().strip());
                    text.setLength(0);
                    path.pop();
                }
                case XMLStreamConstants.DTD -> throw new RailMessageException(
                        "a DOCTYPE is refused: ISO 20022 files never need one, and it is how XXE attacks start");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new RailMessageException(
                        "entity reference '" + reader.getLocalName() + "' refused: entities are not allowed");
                default -> {
                    // Comments, processing instructions and document boundaries carry no payment data.
                }
            }
        }
        return rootNamespace;
    }

    private void append(StringBuilder text, XMLStreamReader reader, ElementPath path) {
        if (text.length() + reader.getTextLength() > limits.textCharactersMax()) {
            throw new RailMessageException("text in " + path + " longer than " + limits.textCharactersMax()
                    + " characters");
        }
        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    private static void closeQuietly(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing a reader that already failed can fail again; the first failure is the one reported.
        }
    }
}
