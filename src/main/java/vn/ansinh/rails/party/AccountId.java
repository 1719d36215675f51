package vn.ansinh.rails.party;

import java.util.Objects;
import vn.ansinh.identity.Masking;

/**
 * A bank account number as it travels in ISO 20022 Othr/Id: 1–34 upper-case ASCII letters and digits, no spaces.
 * {@link #toString()} is masked, so an account never reaches a log in full.
 */
public record AccountId(String value) {

    public static final int LENGTH_MAX = 34;

    public AccountId {
        Objects.requireNonNull(value, "value");
        boolean shaped = !value.isEmpty() && value.length() <= LENGTH_MAX
                && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
        if (!shaped) {
            throw new IllegalArgumentException("an account id is 1-34 of A-Z and 0-9: " + Masking.account(value));
        }
    }

    public String masked() {
        return Masking.account(value);
    }

    @Override
    public String toString() {
        return "AccountId[" + masked() + "]";
    }
}
