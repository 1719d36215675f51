package vn.ansinh.rails.pacs004;

import java.io.InputStream;
import java.util.function.Consumer;
import vn.ansinh.rails.xml.RailMessageException;
import vn.ansinh.rails.xml.XmlLimits;
import vn.ansinh.rails.xml.XmlWalker;

/**
 * Streams the returns in a pacs.004 (PmtRtr) to a consumer, one transaction at a time. Amounts are read with their
 * Ccy and refused when fractional in a currency without minor units (VND). Hostile or malformed files end with a
 * {@link RailMessageException}.
 */
public final class Pacs004Reader {

    private Pacs004Reader() {
    }

    /** Returns the number of returns delivered. */
    public static long read(InputStream input, XmlLimits limits, Consumer<PaymentReturn> consumer) {
        Pacs004Visitor visitor = new Pacs004Visitor(limits, consumer);
        try {
            new XmlWalker(limits).walk(input, visitor);
            return visitor.returns();
        } catch (IllegalArgumentException invalid) {
            throw new RailMessageException("pacs.004 refused: " + invalid.getMessage(), invalid);
        }
    }

    public static long read(InputStream input, Consumer<PaymentReturn> consumer) {
        return read(input, XmlLimits.DEFAULT, consumer);
    }
}
