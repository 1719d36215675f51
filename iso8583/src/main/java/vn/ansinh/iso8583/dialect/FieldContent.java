package vn.ansinh.iso8583.dialect;

import java.util.Optional;
import java.util.function.IntPredicate;
import vn.ansinh.iso8583.AsciiDigits;

/**
 * What characters a field may hold, after the 1987 attribute letters: n, an, ans, x+n, b (as hex text),
 * z (track 2), and the dated n fields whose parts must be a real month, day and time of day.
 */
public enum FieldContent {
    /** n: digits only. */
    NUMERIC,
    /** an: letters, digits and the space that pads them. */
    ALPHANUMERIC,
    /** ans: any printable ASCII character. */
    TEXT,
    /** x+n: 'C' (credit) or 'D' (debit) then digits; the length counts the indicator. */
    SIGNED_AMOUNT,
    /** b: binary data sent as upper-case hex characters, two per byte. */
    HEX,
    /** z: track 2 in nibble notation (0-9, A-F with D as separator) or '=' as separator. */
    TRACK,
    /** n 4 MMDD. */
    MONTH_DAY,
    /** n 4 YYMM. */
    YEAR_MONTH,
    /** n 10 MMDDhhmmss. */
    MONTH_DAY_TIME,
    /** n 6 hhmmss. */
    TIME,
    /** n 6 YYMMDD. */
    YEAR_MONTH_DAY;

    private static final int[] DAYS_IN_MONTH_MAX = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // The dated fields' lengths, made once: every field of every message asks for its length.
    private static final Optional<Integer> FOUR = Optional.of(4);
    private static final Optional<Integer> SIX = Optional.of(6);
    private static final Optional<Integer> TEN = Optional.of(10);

    /** Why the value breaks this content rule, or empty when it holds. */
    public Optional<String> violation(String value) {
        return switch (this) {
            case NUMERIC -> onlyChars(value, "0123456789", "digits");
            case ALPHANUMERIC -> allMatch(value, c -> c == ' ' || isAsciiLetterOrDigit(c))
                    ? Optional.empty() : Optional.of("must hold only letters, digits and spaces (an)");
            case TEXT -> allMatch(value, c -> c >= 0x20 && c <= 0x7E)
                    ? Optional.empty() : Optional.of("must hold only printable ASCII (ans)");
            case SIGNED_AMOUNT -> signedAmount(value);
            case HEX -> onlyChars(value, "0123456789ABCDEF", "upper-case hex characters");
            case TRACK -> onlyChars(value, "0123456789ABCDEF=", "track 2 characters 0-9, A-F and '='");
            case MONTH_DAY, YEAR_MONTH, MONTH_DAY_TIME, TIME, YEAR_MONTH_DAY -> dated(value);
        };
    }

    /** A dated field's digits, then its parts; read in place, since every request carries two or three of them. */
    private Optional<String> dated(String value) {
        int length = requiredLength().orElseThrow();
        if (value.length() != length) {
            return Optional.of("must be exactly " + length + " digits, was " + value.length());
        }
        Optional<String> notDigits = onlyChars(value, "0123456789", "digits");
        if (notDigits.isPresent()) {
            return notDigits;
        }
        return switch (this) {
            case MONTH_DAY -> monthDay(value, 0);
            case YEAR_MONTH -> month(value, 2);
            case MONTH_DAY_TIME -> {
                Optional<String> badDay = monthDay(value, 0);
                yield badDay.isPresent() ? badDay : time(value, 4);
            }
            case TIME -> time(value, 0);
            case YEAR_MONTH_DAY -> monthDay(value, 2);
            case NUMERIC, ALPHANUMERIC, TEXT, SIGNED_AMOUNT, HEX, TRACK ->
                    throw new IllegalStateException(this + " is not a dated field");
        };
    }

    /** A plain loop: every field of every message is checked here, and a stream per field showed in profiles. */
    private static boolean allMatch(String value, IntPredicate allowed) {
        for (int i = 0; i < value.length(); i++) {
            if (!allowed.test(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Optional<String> onlyChars(String value, String allowed, String name) {
        for (int i = 0; i < value.length(); i++) {
            if (allowed.indexOf(value.charAt(i)) < 0) {
                return Optional.of("must hold only " + name + ", found '" + value.charAt(i) + "' at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> signedAmount(String value) {
        if (value.isEmpty() || (value.charAt(0) != 'C' && value.charAt(0) != 'D')) {
            String found = value.isEmpty() ? "nothing" : "'" + value.charAt(0) + "'";
            return Optional.of("debit/credit indicator must be 'C' or 'D', found " + found);
        }
        return onlyChars(value.substring(1), "0123456789", "digits after the indicator");
    }

    private static Optional<String> month(String value, int start) {
        int month = AsciiDigits.parse(value, start, start + 2);
        return month >= 1 && month <= 12 ? Optional.empty()
                : Optional.of("month " + value.substring(start, start + 2) + " is not 01-12");
    }

    private static Optional<String> monthDay(String value, int start) {
        Optional<String> badMonth = month(value, start);
        if (badMonth.isPresent()) {
            return badMonth;
        }
        int month = AsciiDigits.parse(value, start, start + 2);
        int day = AsciiDigits.parse(value, start + 2, start + 4);
        return day >= 1 && day <= DAYS_IN_MONTH_MAX[month - 1]
                ? Optional.empty()
                : Optional.of("day " + value.substring(start + 2, start + 4) + " does not exist in month " + month);
    }

    private static Optional<String> time(String value, int start) {
        int hour = AsciiDigits.parse(value, start, start + 2);
        int minute = AsciiDigits.parse(value, start + 2, start + 4);
        int second = AsciiDigits.parse(value, start + 4, start + 6);
        return hour <= 23 && minute <= 59 && second <= 59
                ? Optional.empty()
                : Optional.of("time " + value.substring(start, start + 6) + " is not a time of day hhmmss");
    }

    /** The exact length a dated field must have, so the part checks never read past the value. */
    public Optional<Integer> requiredLength() {
        return switch (this) {
            case MONTH_DAY, YEAR_MONTH -> FOUR;
            case TIME, YEAR_MONTH_DAY -> SIX;
            case MONTH_DAY_TIME -> TEN;
            case NUMERIC, ALPHANUMERIC, TEXT, SIGNED_AMOUNT, HEX, TRACK -> Optional.empty();
        };
    }
}
