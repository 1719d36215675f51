package vn.ansinh.rails.reason;

import java.util.Objects;

/**
 * A status or return reason as a bank sent it: an ISO 20022 external code (AC01, four characters) or a proprietary
 * code (up to 35). Kept as text because banks send codes the engine has never seen; {@link ReasonCodes} says what
 * to do with any of them.
 */
public record ReasonCode(String value) {

    public static final int LENGTH_MAX = 35;

    public ReasonCode {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > LENGTH_MAX || !value.strip().equals(value)) {
            throw new IllegalArgumentException("a reason code has 1-35 characters and no surrounding space");
        }
        if (!value.chars().allMatch(character -> character > 0x20 && character < 0x7F)) {
            throw new IllegalArgumentException("a reason code is printable ASCII without spaces");
        }
    }

    public static ReasonCode of(String value) {
        return new ReasonCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
