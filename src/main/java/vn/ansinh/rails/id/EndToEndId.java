package vn.ansinh.rails.id;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one id a payment keeps from the first pain.001 to the last return: sent as the ISO 20022 EndToEndId and
 * written first in the Vietnamese transfer description, so that a bank statement line can be matched even when a
 * bank drops the structured field.
 *
 * <p>Form: {@code AS}, a kind letter, a body of letters, two check digits.
 * <ul>
 * <li>{@code ASR} + 7 letters (run id) + 6 letters (line number) + 2 digits — 18 characters;</li>
 * <li>{@code ASQ} + 14 letters (sequence value) + 2 digits — 19 characters.</li>
 * </ul>
 * Why this form: upper-case ASCII letters and digits survive every bank's description filter (no separator to strip,
 * no case to fold); at most two digits in a row, so the engine's log masker (9–19-digit runs) never hides an id; 19
 * characters fit the 35 of ISO 20022 and leave room in a 50-character description.
 *
 * <p>Check: ISO 7064 MOD 97-10 over everything before the check digits, as in IBAN. Because the body holds only
 * letters, every letter stands for exactly two decimal digits, and the check is guaranteed to catch
 * <b>every single-character substitution</b> (the number changes by k·100ⁿ or k·10ⁿ with 0 &lt; |k| &lt; 97, never a
 * multiple of the prime 97) and <b>every transposition of two adjacent characters</b> (two letters: the number
 * changes by (a − b)·99·100ⁿ, and 99 ≡ 2 mod 97; the two check digits: (a − b)·9; a letter with a digit: the
 * shape no longer parses). Other errors slip through with a chance of about 1 in 97.
 */
public record EndToEndId(String value) {

    public static final String PREFIX = "AS";
    public static final int LENGTH_MAX = 19;

    static final char KIND_RUN_LINE = 'R';
    static final char KIND_SEQUENCE = 'Q';
    static final int RUN_ID_WIDTH = 7;
    static final int LINE_NUMBER_WIDTH = 6;
    static final int SEQUENCE_WIDTH = 14;
    public static final long RUN_ID_MAX = Base26.capacity(RUN_ID_WIDTH);
    public static final long LINE_NUMBER_MAX = Base26.capacity(LINE_NUMBER_WIDTH);

    private static final String SEQUENCE_BODY_MAX = Base26.encode(Long.MAX_VALUE, SEQUENCE_WIDTH);
    /** No word boundaries: found inside free text too, where banks may glue the id to the words around it. */
    private static final Pattern SHAPE = Pattern.compile("AS(?:R[A-Z]{13}|Q[A-Z]{14})[0-9]{2}");

    public EndToEndId {
        Objects.requireNonNull(value, "value");
        Optional<String> defect = defectOf(value);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("not an end-to-end id (" + defect.get() + "): " + value);
        }
    }

    /** The id of a line of a payment run; the same run and line always give the same id. */
    public static EndToEndId of(EndToEndIdOrigin origin) {
        String body = switch (origin) {
            case EndToEndIdOrigin.RunLine runLine -> KIND_RUN_LINE + Base26.encode(runLine.runId(), RUN_ID_WIDTH)
                    + Base26.encode(runLine.lineNumber(), LINE_NUMBER_WIDTH);
            case EndToEndIdOrigin.Sequence sequence -> KIND_SEQUENCE
                    + Base26.encode(sequence.value(), SEQUENCE_WIDTH);
        };
        String checked = PREFIX + body;
        return new EndToEndId(checked + Mod97.checkDigits(checked));
    }

    public static EndToEndId forRunLine(long runId, long lineNumber) {
        return of(new EndToEndIdOrigin.RunLine(runId, lineNumber));
    }

    public static EndToEndId forSequence(long value) {
        return of(new EndToEndIdOrigin.Sequence(value));
    }

    /**
     * The id in the text after surrounding whitespace is removed and letters are upper-cased (some banks lower-case
     * descriptions), or empty when the shape or the check digits are wrong.
     */
    public static Optional<EndToEndId> parse(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        return defectOf(candidate).isEmpty() ? Optional.of(new EndToEndId(candidate)) : Optional.empty();
    }

    /** The first valid id inside a transfer description, upper-cased first; empty when there is none. */
    public static Optional<EndToEndId> findIn(String description) {
        Matcher matcher = SHAPE.matcher(description.toUpperCase(Locale.ROOT));
        while (matcher.find()) {
            Optional<EndToEndId> found = parse(matcher.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** What the id was built from. */
    public EndToEndIdOrigin origin() {
        if (value.charAt(PREFIX.length()) == KIND_RUN_LINE) {
            int runStart = PREFIX.length() + 1;
            int lineStart = runStart + RUN_ID_WIDTH;
            return new EndToEndIdOrigin.RunLine(Base26.decode(value.substring(runStart, lineStart)),
                    Base26.decode(value.substring(lineStart, lineStart + LINE_NUMBER_WIDTH)));
        }
        return new EndToEndIdOrigin.Sequence(Base26.decode(value.substring(PREFIX.length() + 1, value.length() - 2)));
    }

    private static Optional<String> defectOf(String candidate) {
        if (candidate.length() > LENGTH_MAX || !SHAPE.matcher(candidate).matches()) {
            return Optional.of("shape");
        }
        if (candidate.charAt(PREFIX.length()) == KIND_SEQUENCE
                && candidate.substring(PREFIX.length() + 1, candidate.length() - 2).compareTo(SEQUENCE_BODY_MAX) > 0) {
            return Optional.of("sequence value beyond Long.MAX_VALUE");
        }
        return Mod97.isValid(candidate) ? Optional.empty() : Optional.of("check digits");
    }

    @Override
    public String toString() {
        return value;
    }
}
