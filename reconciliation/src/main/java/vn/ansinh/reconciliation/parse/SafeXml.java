package vn.ansinh.reconciliation.parse;

import javax.xml.stream.XMLInputFactory;

/**
 * The one StAX factory this library uses. DTDs are not supported and external entities are never resolved, so
 * XXE and entity-expansion ("billion laughs") cannot work; on top of that the parser refuses any DOCTYPE outright.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = create();

    private SafeXml() {
    }

    static XMLInputFactory factory() {
        return FACTORY;
    }

    private static XMLInputFactory create() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
