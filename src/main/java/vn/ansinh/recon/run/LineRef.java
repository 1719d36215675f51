package vn.ansinh.recon.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.platform.DomainException;

/** One stored statement line, written {@code L{statement}-{entry}}: stable across runs, safe in a URL. */
public record LineRef(long statementId, long entryIndex) implements Comparable<LineRef> {

    private static final Pattern FORM = Pattern.compile("L(\\d{1,18})-(\\d{1,18})");

    public LineRef {
        if (statementId <= 0 || entryIndex < 0) {
            throw new IllegalArgumentException("a line is a stored statement and an entry index");
        }
    }

    public String ref() {
        return "L" + statementId + "-" + entryIndex;
    }

    public static LineRef parse(String text) {
        Matcher form = text == null ? null : FORM.matcher(text);
        if (form == null || !form.matches()) {
            throw DomainException.invalid("LINE_REF_INVALID", "A statement line is written L{statement}-{entry}, "
                    + "e.g. L12-0.", java.util.List.of(vn.ansinh.platform.Violation.ofField("line", "FORMAT",
                    "L{statement}-{entry}")));
        }
        return new LineRef(Long.parseLong(form.group(1)), Long.parseLong(form.group(2)));
    }

    @Override
    public int compareTo(LineRef other) {
        int byStatement = Long.compare(statementId, other.statementId);
        return byStatement != 0 ? byStatement : Long.compare(entryIndex, other.entryIndex);
    }

    @Override
    public String toString() {
        return ref();
    }
}
