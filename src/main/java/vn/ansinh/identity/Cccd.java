package vn.ansinh.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A well-formed CCCD number: exactly 12 ASCII digits. Well-formed is not the same as structurally valid —
 * {@link CccdRules} decides that — but every value of this type can be compared, stored and masked safely.
 * {@link #toString()} is masked so that a CCCD never reaches a log in full.
 */
public record Cccd(String digits) {

    public static final int LENGTH = 12;

    public Cccd {
        Objects.requireNonNull(digits, "digits");
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("a CCCD has exactly 12 ASCII digits: " + Masking.cccd(digits));
        }
    }

    /** The CCCD in the text after surrounding whitespace is removed, or empty when it is not 12 ASCII digits. */
    public static Optional<Cccd> parse(String text) {
        String stripped = text.strip();
        return isWellFormed(stripped) ? Optional.of(new Cccd(stripped)) : Optional.empty();
    }

    /** True when the text is exactly 12 ASCII digits (Unicode digits such as Arabic-Indic ones are refused). */
    public static boolean isWellFormed(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int index = 0; index < LENGTH; index++) {
            char character = text.charAt(index);
            if (character < '0' || character > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits 1–3: the province where the citizen was registered at birth. */
    public String provinceCode() {
        return digits.substring(0, 3);
    }

    /** Digit 4: gender and century of birth. */
    public int centuryGenderDigit() {
        return digits.charAt(3) - '0';
    }

    /** Digits 5–6: the last two digits of the birth year. */
    public int birthYearLastTwoDigits() {
        return Integer.parseInt(digits.substring(4, 6));
    }

    /** The number as a long; 12 digits always fit, which lets 1,000,000 CCCDs be tracked in a few megabytes. */
    public long asLong() {
        return Long.parseLong(digits);
    }

    /** The masked form (079******123) so that the full number never appears in logs. */
    public String masked() {
        return Masking.cccd(digits);
    }

    @Override
    public String toString() {
        return "Cccd[" + masked() + "]";
    }
}
