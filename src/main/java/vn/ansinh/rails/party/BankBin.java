package vn.ansinh.rails.party;

import java.util.Objects;

/**
 * A Vietnamese bank identification number (BIN) as NAPAS uses it to route transfers: six ASCII digits (970436). It
 * travels as the ISO 20022 clearing-system member id.
 */
public record BankBin(String digits) {

    public static final int LENGTH = 6;

    public BankBin {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a bank BIN is six ASCII digits: '" + digits + "'");
        }
    }
}
