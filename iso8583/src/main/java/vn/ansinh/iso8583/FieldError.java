package vn.ansinh.iso8583;

import java.util.Objects;

/**
 * Why one field of a message could not be packed or unpacked.
 *
 * @param field  the data element number; 0 is the MTI and the message as a whole, 1 the bitmaps
 * @param reason a sentence an operator can act on, naming what was expected
 */
public record FieldError(int field, String reason) {
    public static final int FIELD_MAX = 128;

    public FieldError {
        if (field < 0 || field > FIELD_MAX) {
            throw new IllegalArgumentException("field must be 0.." + FIELD_MAX + ", was " + field);
        }
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must say why");
        }
    }

    @Override
    public String toString() {
        return field == 0 ? "message: " + reason : "field " + field + ": " + reason;
    }
}
