package vn.ansinh.rails.pain002;

import java.io.InputStream;
import java.util.function.Consumer;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.XmlLimits;
import vn.ansinh.rails.xml.XmlWalker;

/**
 * Streams a pain.002 status report to a consumer, one item at a time, so a million statuses need constant memory.
 * Hostile files (DOCTYPE, entities, oversize, over-deep, too many items) end with a {@link RailMessageException}
 * saying why; items delivered before the failure were genuine, and the caller decides whether to keep them.
 */
public final class Pain002Reader {

    private Pain002Reader() {
    }

    public static Pain002Summary read(InputStream input, XmlLimits limits, Consumer<StatusReportItem> consumer) {
        Pain002Visitor visitor = new Pain002Visitor(limits, consumer);
        try {
            String namespace = new XmlWalker(limits).walk(input, visitor);
            return new Pain002Summary(namespace, visitor.transactionStatuses());
        } catch (IllegalArgumentException invalid) {
            throw new RailMessageException("pain.002 refused: " + invalid.getMessage(), invalid);
        }
    }

    public static Pain002Summary read(InputStream input, Consumer<StatusReportItem> consumer) {
        return read(input, XmlLimits.DEFAULT, consumer);
    }
}
