package vn.ansinh.reconciliation.parse;

import java.util.Optional;

/** Decides the syntax from the first bytes; the exact message (camt.053 or pain.001...) is decided by its parser. */
final class FormatDetector {
    /** How many leading bytes are inspected. */
    static final int PEEK_BYTES_MAX = 8192;

    private static final java.util.regex.Pattern MT_FIELD = java.util.regex.Pattern.compile("(?m)^\\u0001?:[0-9]{2}[A-Z]?:");

    enum Syntax { XML, SWIFT_MT, CSV }

    private FormatDetector() {
    }

    static Optional<Syntax> detect(byte[] head, int length, boolean csvMappingGiven) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (Character.isWhitespace(head[i]) || head[i] == 0x01)) {
            i++;
        }
        if (i >= length) {
            return Optional.empty();
        }
        if (head[i] == '<') {
            return Optional.of(Syntax.XML);
        }
        // Banks put routing lines before the first field (ABN AMRO "ABNANL2A", Rabobank ":940:", ING "0000 01...").
        String start = new String(head, i, length - i, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (MT_FIELD.matcher(start).find() || start.startsWith("{1:")) {
            return Optional.of(Syntax.SWIFT_MT);
        }
        return csvMappingGiven ? Optional.of(Syntax.CSV) : Optional.empty();
    }
}
