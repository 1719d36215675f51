package vn.ansinh.banking;

import java.util.Objects;
import java.util.Optional;
import vn.ansinh.identity.Masking;

/**
 * A Vietnamese bank account number: 6 to 19 ASCII digits (the range NAPAS members issue). Leading zeros are
 * significant, so the value is text. {@link #toString()} is masked.
 */
public record AccountNumber(String digits) {

    public static final int DIGITS_MIN = 6;
    public static final int DIGITS_MAX = 19;

    public AccountNumber {
        Objects.requireNonNull(digits, "digits");
        if (!isWellFormed(digits)) {
            throw new IllegalArgumentException("an account number has 6–19 ASCII digits: " + Masking.account(digits));
        }
    }

    /**
     * The account number in the text once whitespace is removed (passbooks print numbers in groups), or empty
     * when what remains is not 6–19 ASCII digits.
     */
    public static Optional<AccountNumber> parse(String text) {
        String compact = text.replaceAll("\\s+", "");
        return isWellFormed(compact) ? Optional.of(new AccountNumber(compact)) : Optional.empty();
    }

    static boolean isWellFormed(String text) {
        if (text.length() < DIGITS_MIN || text.length() > DIGITS_MAX) {
            return false;
        }
        return text.chars().allMatch(character -> character >= '0' && character <= '9');
    }

    public String masked() {
        return Masking.account(digits);
    }

    @Override
    public String toString() {
        return "AccountNumber[" + masked() + "]";
    }
}
