package vn.ansinh.reconciliation.parse;

import java.util.Objects;

/** One SWIFT field as it appeared in the file: tag (e.g. "61", "60F"), value with continuation lines, first line. */
record MtField(String tag, String value, int line) {
    MtField {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
    }

    /** The tag without its letter option: "60F" and "60M" are both "60". */
    String number() {
        return tag.substring(0, 2);
    }
}
