package vn.ansinh.reconciliation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MT940/MT942 text into fields with their line numbers. Accepts bare block-4 text as banks export it,
 * a FIN envelope ({1:..}{2:..}{4: ... -}), SOH/ETX framing, CRLF or LF, and a missing final line break.
 */
final class MtTokenizer {
    private static final Pattern FIELD_START = Pattern.compile("^:([0-9]{2}[A-Z]?):(.*)$");
    /** SWIFT allows 65-character lines in field 86; banks do worse, so continuation lines are bounded, not exact. */
    private static final int CONTINUATION_LINES_MAX = 100;

    private MtTokenizer() {
    }

    static List<MtField> tokenize(String text, ParseLimits limits) throws StatementParseException {
        List<MtField> fields = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        StringBuilder value = null;
        String tag = "";
        int startLine = 0;
        int continuations = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            Matcher field = FIELD_START.matcher(line);
            if (field.matches()) {
                if (value != null) {
                    fields.add(new MtField(tag, value.toString(), startLine));
                }
                tag = field.group(1);
                value = new StringBuilder(field.group(2));
                startLine = i + 1;
                continuations = 0;
            } else if (line.equals("-") || line.startsWith("-}") || line.isBlank() || line.startsWith("{")) {
                if (value != null && (line.equals("-") || line.startsWith("-}"))) {
                    fields.add(new MtField(tag, value.toString(), startLine));
                    fields.add(new MtField("END", "", i + 1));
                    value = null;
                }
            } else if (value != null) {
                continuations++;
                if (continuations > CONTINUATION_LINES_MAX || value.length() + line.length() > limits.textCharsMax()) {
                    throw new HostileInputException(Positions.line(i + 1), "field " + tag + " has too many or too long lines");
                }
                value.append('\n').append(line);
            }
            // Lines outside any field are routing preambles (sender BIC, "940", ":940:"): they carry no data.
        }
        if (value != null) {
            fields.add(new MtField(tag, value.toString(), startLine));
        }
        return fields;
    }

    /** Removes SOH/ETX framing and the block-4 opener so the first field is seen as a field. */
    private static String clean(String line) {
        String cleaned = line.replace("\u0001", "").replace("\u0003", "");
        int block4 = cleaned.indexOf("{4:");
        if (block4 >= 0) {
            cleaned = cleaned.substring(block4 + 3);
        }
        return cleaned.stripTrailing();
    }
}
