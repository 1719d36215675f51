package vn.ansinh.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What digit 4 of a CCCD encodes: even digits are male and odd female, and each pair names a century —
 * 0/1 for births in 1900–1999, 2/3 for 2000–2099, up to 8/9 for 2300–2399.
 */
public record CenturyGender(Gender gender, int centuryFirstYear) {

    public static final int FIRST_CENTURY_FIRST_YEAR = 1900;
    public static final int LAST_CENTURY_FIRST_YEAR = 2300;
    private static final int YEARS_PER_CENTURY = 100;

    public CenturyGender {
        Objects.requireNonNull(gender, "gender");
        if (centuryFirstYear < FIRST_CENTURY_FIRST_YEAR || centuryFirstYear > LAST_CENTURY_FIRST_YEAR
                || centuryFirstYear % YEARS_PER_CENTURY != 0) {
            throw new IllegalArgumentException("a CCCD century starts in 1900, 2000, … 2300: " + centuryFirstYear);
        }
    }

    /** The meaning of a fourth digit, 0–9; every digit has one. */
    public static CenturyGender fromDigit(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("a digit is 0–9: " + digit);
        }
        Gender gender = digit % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        return new CenturyGender(gender, FIRST_CENTURY_FIRST_YEAR + (digit / 2) * YEARS_PER_CENTURY);
    }

    /** The century and gender of a person born in the given year, if a CCCD can encode that year. */
    public static Optional<CenturyGender> forBirth(Gender gender, int birthYear) {
        int centuryFirstYear = Math.floorDiv(birthYear, YEARS_PER_CENTURY) * YEARS_PER_CENTURY;
        if (centuryFirstYear < FIRST_CENTURY_FIRST_YEAR || centuryFirstYear > LAST_CENTURY_FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new CenturyGender(gender, centuryFirstYear));
    }

    /** The fourth digit that encodes this century and gender. */
    public int digit() {
        int centuryIndex = (centuryFirstYear - FIRST_CENTURY_FIRST_YEAR) / YEARS_PER_CENTURY;
        return centuryIndex * 2 + (gender == Gender.MALE ? 0 : 1);
    }

    public boolean containsYear(int year) {
        return year >= centuryFirstYear && year < centuryFirstYear + YEARS_PER_CENTURY;
    }
}
