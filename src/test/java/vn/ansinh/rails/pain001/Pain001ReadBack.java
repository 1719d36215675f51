package vn.ansinh.rails.pain001;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a written pain.001 back with plain StAX, independently of the writer, for the round-trip tests. */
record Pain001ReadBack(long declaredCount, long declaredSum, List<String> endToEndIds, List<Long> amounts,
        List<String> creditorNames, List<String> remittances) {

    static Pain001ReadBack of(byte[] file) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
        long count = -1;
        long sum = -1;
        List<String> ids = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> remittances = new ArrayList<>();
        String parent = "";
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "GrpHdr", "Cdtr", "Dbtr", "InitgPty" -> parent = reader.getLocalName();
                case "NbOfTxs" -> count = "GrpHdr".equals(parent) ? Long.parseLong(reader.getElementText()) : count;
                case "CtrlSum" -> sum = "GrpHdr".equals(parent) ? Long.parseLong(reader.getElementText()) : sum;
                case "EndToEndId" -> ids.add(reader.getElementText());
                case "InstdAmt" -> amounts.add(Long.parseLong(reader.getElementText()));
                case "Nm" -> {
                    String name = reader.getElementText();
                    if ("Cdtr".equals(parent)) {
                        names.add(name);
                    }
                }
                case "Ustrd" -> remittances.add(reader.getElementText());
                default -> {
                }
            }
        }
        return new Pain001ReadBack(count, sum, ids, amounts, names, remittances);
    }
}
