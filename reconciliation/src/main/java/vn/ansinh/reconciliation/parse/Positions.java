package vn.ansinh.reconciliation.parse;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;

/** Human-readable positions for error messages. */
final class Positions {
    private Positions() {
    }

    static String of(XMLStreamReader reader) {
        return of(reader.getLocation());
    }

    static String of(Location location) {
        return location == null ? "unknown position" : "line " + location.getLineNumber() + ", column "
                + location.getColumnNumber();
    }

    static String line(int lineNumber) {
        return "line " + lineNumber;
    }

    static String entry(long index, String where) {
        return "entry " + index + " (" + where + ")";
    }
}
