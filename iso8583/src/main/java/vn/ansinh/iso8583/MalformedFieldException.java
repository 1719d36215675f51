package vn.ansinh.iso8583;

import java.util.Objects;

/** A message could not be packed because one field breaks the dialect; {@link #error()} names it. */
public final class MalformedFieldException extends Exception {
    private final FieldError error;

    public MalformedFieldException(FieldError error) {
        super(Objects.requireNonNull(error, "error").toString());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
