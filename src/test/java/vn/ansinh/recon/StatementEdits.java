package vn.ansinh.recon;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Alters a camt.053 the way a bank's error would: the entry of one end-to-end id booked twice, with the closing
 * balance and the transaction summary following, so the statement still adds up and only matching can tell.
 */
final class StatementEdits {

    private StatementEdits() {
    }

    static byte[] duplicateDebit(byte[] camt053, String endToEndId) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(camt053));
        Element entry = entryOf(document, endToEndId);
        long amount = Long.parseLong(child(entry, "Amt").getTextContent().strip());
        Element copy = (Element) entry.cloneNode(true);
        Element reference = child(copy, "AcctSvcrRef");
        reference.setTextContent(reference.getTextContent() + "-2");
        entry.getParentNode().insertBefore(copy, entry.getNextSibling());
        for (Element balance : elements(document, "Bal")) {
            if (text(balance, "Cd").equals("CLBD")) {
                Element closing = child(balance, "Amt");
                closing.setTextContent(Long.toString(Long.parseLong(closing.getTextContent().strip()) - amount));
            }
        }
        Element summary = elements(document, "TxsSummry")[0];
        add(child(child(summary, "TtlNtries"), "NbOfNtries"), 1);
        add(child(child(summary, "TtlNtries"), "Sum"), amount);
        add(child(child(child(summary, "TtlNtries"), "TtlNetNtry"), "Amt"), amount);
        add(child(child(summary, "TtlDbtNtries"), "NbOfNtries"), 1);
        add(child(child(summary, "TtlDbtNtries"), "Sum"), amount);
        var out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static Element entryOf(Document document, String endToEndId) {
        for (Element entry : elements(document, "Ntry")) {
            if (entry.getElementsByTagNameNS("*", "EndToEndId").getLength() > 0
                    && text(entry, "EndToEndId").equals(endToEndId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + endToEndId);
    }

    private static void add(Element element, long amount) {
        element.setTextContent(Long.toString(Long.parseLong(element.getTextContent().strip()) + amount));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static Element[] elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS("*", name);
        Element[] out = new Element[list.getLength()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Element) list.item(i);
        }
        return out;
    }
}
