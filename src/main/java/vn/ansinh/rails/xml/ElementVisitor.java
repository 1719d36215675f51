package vn.ansinh.rails.xml;

import javax.xml.stream.XMLStreamReader;

/** What a reader does as {@link XmlWalker} walks a file: at each start (attributes readable) and each end. */
public interface ElementVisitor {

    /** Called with the reader positioned on the start tag, so attributes such as Ccy can be read. */
    void start(ElementPath path, XMLStreamReader reader);

    /** Called at the end tag with the element's own text, stripped (empty for elements holding only children). */
    void end(ElementPath path, String text);
}
