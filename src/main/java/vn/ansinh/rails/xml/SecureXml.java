package vn.ansinh.rails.xml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against the engine: DTDs and external entities are off, so neither XXE nor
 * entity expansion is possible; {@link XmlWalker} additionally refuses a DOCTYPE outright with a clear message.
 */
public final class SecureXml {

    private static final XMLInputFactory INPUT_FACTORY = hardenedInputFactory();

    private SecureXml() {
    }

    public static XMLStreamReader reader(InputStream input) {
        try {
            return INPUT_FACTORY.createXMLStreamReader(input);
        } catch (XMLStreamException failure) {
            throw new RailMessageException("cannot start reading XML: " + failure.getMessage(), failure);
        }
    }

    private static XMLInputFactory hardenedInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
