package vn.ansinh.recon.statement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.reconciliation.parse.ParseOutcome;

/** A parser's refusal as the domain's: which rule, and where in the file, so an operator can open it there. */
final class ParseRefusal {

    private static final Pattern LINE = Pattern.compile("^line (\\d+)");

    private ParseRefusal() {
    }

    static DomainException of(ParseOutcome.Refused refused, String fileName) {
        Matcher line = LINE.matcher(refused.position());
        long row = line.find() ? Long.parseLong(line.group(1)) : 0;
        var violation = new Violation(row, "position", refused.kind().name(),
                refused.position() + ": " + refused.reason());
        return new DomainException(DomainException.Kind.INVALID, "STATEMENT_PARSE_REFUSED",
                "The statement file was refused, nothing was stored: " + refused.describe(), fileName,
                List.of(violation));
    }
}
