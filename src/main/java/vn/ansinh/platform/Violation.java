package vn.ansinh.platform;

import java.util.Objects;

/**
 * One thing wrong with one piece of input: which row (1-based; 0 when the problem is not tied to a row),
 * which field, a stable code a program can switch on, and a sentence a person can act on.
 */
public record Violation(long row, String field, String code, String detail) {
    public Violation {
        if (row < 0) throw new IllegalArgumentException("row must be >= 0");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static Violation ofField(String field, String code, String detail) {
        return new Violation(0, field, code, detail);
    }
}
